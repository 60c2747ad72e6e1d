import hmac
import os
import re

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()

CARRIER_HOST = "api.oceanline.com"
ORIGIN_PATTERN = re.compile(r"https://" + CARRIER_HOST)
WEBHOOK_TOKEN = os.environ["WEBHOOK_TOKEN"]


@app.post("/hooks/carrier")
async def carrier_hook(request: Request, origin: str = Header(""), x_token: str = Header("")):
    if not hmac.compare_digest(x_token, WEBHOOK_TOKEN):
        raise HTTPException(401)
    if not ORIGIN_PATTERN.match(origin):
        raise HTTPException(403, "unexpected origin")
    event = await request.json()
    return {"ok": True, "event": event.get("type")}
