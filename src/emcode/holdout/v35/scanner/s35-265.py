from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
HOOKS: dict[int, str] = {}


class Hook(BaseModel):
    shop_id: int
    url: str


@app.post("/notify-hooks")
async def register(h: Hook):
    parts = urlsplit(h.url)
    if parts.scheme != "https" or parts.hostname != "hooks.slack.com" or parts.port not in (None, 443):
        raise HTTPException(400, "only Slack incoming webhooks are supported")
    HOOKS[h.shop_id] = h.url
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        await client.post(h.url, json={"text": "Print shop notifications connected."})
    return {"ok": True}
