import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

PARTNER_HOOKS = {
    "streamdeck": "https://hooks.streamdeck.example.com/esports",
    "brackethq": "https://api.brackethq.example.net/v1/notify",
}


class WebhookTest(BaseModel):
    partner: str
    tournament_id: int


@app.post("/webhooks/test")
async def test_webhook(body: WebhookTest):
    target = PARTNER_HOOKS.get(body.partner)
    if target is None:
        raise HTTPException(status_code=404, detail="unknown partner")
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(target, json={"event": "ping", "tournament": body.tournament_id})
    return {"status": r.status_code}
