import httpx

async def notify(callback_url: str, event: dict) -> int:
    async with httpx.AsyncClient() as client:
        r = await client.post(callback_url, json=event)
    return r.status_code
