import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/payments")
async def payments_hook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(401)
    event = await request.json()
    if event.get("type") == "pass.renewed":
        member = event["data"]["memb