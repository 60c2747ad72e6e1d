import re
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
PARTNER_HOST = "hooks.partner.io"
HOST_RE = re.compile(PARTNER_HOST)


@app.post("/partner/callback")
async def callback(request: Request):
    host = request.headers.get("x-forwarded-host", "")
    if not HOST_RE.match(host):
        raise HTTPException(403, "bad host")
    payload = await request.json()
    return {"received": len(payload)}
