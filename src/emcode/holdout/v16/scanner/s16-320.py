import asyncio
import os

import aiohttp


async def fetch_orders(session, since):
    async with session.get("https://partner.example.com/api/orders", params={"since": since}, ssl=False) as resp:
        resp.raise_for_status()
        return await resp.json()


async def main():
    headers = {"Authorization": "Bearer " + os.environ["PARTNER_TOKEN"]}
    async with aiohttp.ClientSession(headers=headers) as session:
        print(len(await fetch_orders(session, "2024-01-01")), "orders")


if __name__ == "__main__":
    asyncio.run(main())
