from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PARTNER_HOSTS = {"hooks.partner-garage.co.uk", "api.glassfix.example"}


class WebhookTest(BaseModel):
    target: str
    event: str = "claim.updated"


@app.post("/integrations/webhook/test")
async def test_webhook(body: WebhookTest):
    parts = urlsplit(body.target)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS or parts.port not in (None, 443):
        raise HTTPException(status_code=400, detail="target is not a registered partner endpoint")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        r = await client.post(body.target, json={"event": body.event, "test": True})
    return {"status": r.status_code}
