import asyncio
import os

import aiohttp


async def main():
    headers = {"Authorization": f"Bearer {os.environ['FLEET_TOKEN']}"}
    async with aiohttp.ClientSession(headers=headers, timeout=aiohttp.ClientTimeout(total=15)) as s:
        async with s.get("https://fleet.cargodrone.example/api/drones?state=airborne") as r:
            r.raise_for_status()
            for d in await r.json():
                print(d["id"], d["lat"], d["lon"])


if __name__ == "__main__":
    asyncio.run(main())
