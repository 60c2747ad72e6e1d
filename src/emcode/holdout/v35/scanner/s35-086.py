import os

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, conint

app = FastAPI()
PAY_API = "https://api.payments.example.com/v1"
PAY_KEY = os.environ["PAY_KEY"]


class Charge(BaseModel):
    order_id: conint(gt=0)
    amount_cents: conint(gt=0, lt=1_000_000)


@app.post("/pay")
async def pay(c: Charge):
    async with httpx.AsyncClient(base_url=PAY_API, timeout=15) as client:
        r = await client.post("/charges", json=c.model_dump(), headers={"Authorization": f"Bearer {PAY_KEY}"})
    if r.status_code >= 400:
        raise HTTPException(502, "payment provider error")
    return {"status": "charged"}
