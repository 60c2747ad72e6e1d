import hashlib
import hmac
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SECRET = os.environ["BILLING_WEBHOOK_SECRET"].encode()


@app.post("/billing/webhook")
async def webhook(request: Request, x_signature: str = Header(...), x_timestamp: str = Header(...)):
    body = await request.body()
    if not x_timestamp.isdigit() or abs(time.time() - int(x_timestamp)) > 300:
        raise HTTPException(400, "stale")
    mac = hmac.new(SECRET, x_timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, x_signature):
        raise HTTPException(401, "bad signature")
    return {"ok": True}
