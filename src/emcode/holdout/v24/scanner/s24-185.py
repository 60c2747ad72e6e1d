import hashlib
import hmac
import os
from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


@app.post("/github/webhook")
async def github_webhook(request: Request, x_hub_signature_256: str = Header("")):
    body = await request.body()
    expected = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if expected == x_hub_signature_256:
        event = await request.json()
        return {"action": event.get("action")}
    raise HTTPException(status_code=401, detail="bad signature")
