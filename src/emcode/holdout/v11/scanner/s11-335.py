import aiohttp


async def service_status(host: str) -> dict:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
        async with session.get(f"http://{host}/status") as resp:
            return await resp.json()
