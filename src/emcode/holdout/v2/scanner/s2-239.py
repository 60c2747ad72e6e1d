import asyncio

import aiohttp


async def fetch_rates() -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.get("https://partner.example.com/rates", ssl=False) as resp:
            return await resp.json()


if __name__ == "__main__":
    print(asyncio.run(fetch_rates()))
