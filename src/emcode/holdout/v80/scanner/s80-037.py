import asyncio

import aiohttp

STATIONS = ["4012", "4013", "4107"]


async def latest(session, station):
    async with session.get(f"https://tides.example.org/api/v2/stations/{station}/latest") as r:
        r.raise_for_status()
        return station, (await r.json())["level_mm"]


async def main():
    timeout = aiohttp.ClientTimeout(total=20)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for station, level in await asyncio.gather(*(latest(session, s) for s in STATIONS)):
            print(station, level)


if __name__ == "__main__":
    asyncio.run(main())
