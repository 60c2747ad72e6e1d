import asyncio
import os

import aiohttp

API = "https://inverters.solarfarm.example/api/v2/status"


async def poll(session, inverter_id):
    async with session.get(API, params={"id": inverter_id}, timeout=aiohttp.ClientTimeout(total=10)) as r:
        r.raise_for_status()
        return await r.json()


async def main():
    headers = {"X-Api-Key": os.environ["INVERTER_API_KEY"]}
    async with aiohttp.ClientSession(headers=headers) as session:
        results = await asyncio.gather(*(poll(session, i) for i in range(1, 9)))
    for res in results:
        print(res["id"], res["state"], res["ac_power_w"])


if __name__ == "__main__":
    asyncio.run(main())
