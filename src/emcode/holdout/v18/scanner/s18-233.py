import asyncio

import aiohttp


async def fetch_prices(symbols):
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        out = {}
        for sym in symbols:
            async with session.get("https://api.prices.example.com/v1/quote", params={"s": sym}) as r:
                out[sym] = (await r.json())["price"]
        return out


if __name__ == "__main__":
    print(asyncio.run(fetch_prices(["ACME", "INIT"])))
