import aiohttp
import asyncio


async def fetch_status(urls: list[str]) -> dict:
    out = {}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as s:
        for u in urls:
            async with s.get(u) as r:
                out[u] = r.status
    return out


if __name__ == "__main__":
    print(asyncio.run(fetch_status(["https://status.seedbank.example/health"])))
