import asyncio

import aiohttp

URL = "https://api.hivewatch.example/v1/colonies"


async def main():
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(URL) as resp:
            resp.raise_for_status()
            colonies = await resp.json()
    for c in colonies:
        print(c["id"], c["weight_kg"])


if __name__ == "__main__":
    asyncio.run(main())
