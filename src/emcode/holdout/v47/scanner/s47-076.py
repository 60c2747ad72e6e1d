import hashlib
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"]


@app.post("/webhooks/payment")
async def payment_webhook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hashlib.sha1(WEBHOOK_SECRET.encode() + body).hexdigest()
    if expected != x_signature:
        raise HTTPException(401)
    event = await request.json()
    return {"received": event.get("type")}
