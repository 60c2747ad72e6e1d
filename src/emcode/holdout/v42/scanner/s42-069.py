import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class WebhookTest(BaseModel):
    target: str
    tournament_id: int


@app.post("/webhooks/test")
async def test_webhook(body: WebhookTest):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(body.target, json={"event": "ping", "tournament": body.tournament_id})
    return {"status": r.status_code}
