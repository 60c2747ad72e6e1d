import asyncio
import os

import aiohttp

API = "https://cloud.inverterco.example/v2"


async def poll(site_ids):
    headers = {"Authorization": f"Bearer {os.environ['INVERTER_TOKEN']}"}
    timeout = aiohttp.ClientTimeout(total=20)
    async with aiohttp.ClientSession(headers=headers, timeout=timeout) as s:
        for sid in site_ids:
            async with s.get(f"{API}/sites/{int(sid)}/power") as r:
                r.raise_for_status()
                data = await r.json()
                print(sid, data.get("power_w"))


if __name__ == "__main__":
    asyncio.run(poll([101, 102, 103]))
