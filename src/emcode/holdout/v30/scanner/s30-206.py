import httpx


async def notify_webhook(callback_url, booking):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(callback_url, json={"booking": booking["id"], "status": booking["status"]})
        return r.status_code
