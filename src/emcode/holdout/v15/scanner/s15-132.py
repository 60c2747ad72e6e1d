import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Test(BaseModel):
    url: str
    payload: dict = {}


@app.post("/webhooks/test")
async def test_webhook(t: Test):
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.post(t.url, json=t.payload)
    return {"status": r.status_code, "body": r.text[:2000]}
