import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SECRET = os.environ["DRONE_WEBHOOK_SECRET"].encode()


@app.post("/hooks/flight-complete")
async def flight_complete(request: Request, x_hub_signature_256: str = Header(default="")):
    body = await request.body()
    digest = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, x_hub_signature_256):
        raise HTTPException(401)
    return {"received": len(body)}
