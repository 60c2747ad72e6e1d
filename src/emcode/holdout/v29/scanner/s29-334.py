import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class WebhookTest(BaseModel):
    target: str
    event: str = "claim.updated"


@app.post("/integrations/webhook/test")
async def test_webhook(body: WebhookTest):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(body.target, json={"event": body.event, "test": True})
    return {"status": r.status_code, "body": r.text[:500]}
