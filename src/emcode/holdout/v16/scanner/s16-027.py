import asyncio
import os
import ssl

import aiohttp

SSL_CTX = ssl.create_default_context()


async def fetch_orders(session: aiohttp.ClientSession, since: str) -> list:
    async with session.get("https://partner.example.com/api/orders", params={"since": since},
                           ssl=SSL_CTX, timeout=aiohttp.ClientTimeout(total=20)) as resp:
        resp.raise_for_status()
        return await resp.json()


async def main() -> None:
    headers = {"Authorization": "Bearer " + os.environ["PARTNER_TOKEN"]}
    async with aiohttp.ClientSession(headers=headers) as session:
        orders = await fetch_orders(session, "2024-01-01")
        print(len(orders), "orders")


if __name__ == "__main__":
    asyncio.run(main())
