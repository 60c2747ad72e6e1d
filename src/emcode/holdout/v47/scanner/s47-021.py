import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class WebhookTest(BaseModel):
    callback_url: str
    station: str


@app.post("/inspections/webhook-test")
async def webhook_test(body: WebhookTest):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(body.callback_url, json={"station": body.station, "event": "test"})
    return {"delivered": r.status_code}
