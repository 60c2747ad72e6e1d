import asyncio

import aiohttp


async def fetch_prices(symbols):
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async def one(sym):
            async with session.get("https://api.prices.example.com/v1/quote", params={"s": sym}) as r:
                r.raise_for_status()
                return sym, (await r.json())["price"]
        return dict(await asyncio.gather(*(one(s) for s in symbols)))


if __name__ == "__main__":
    print(asyncio.run(fetch_prices(["ACME", "INIT"])))
