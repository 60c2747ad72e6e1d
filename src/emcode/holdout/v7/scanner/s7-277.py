import re
import hmac
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()
ALLOWED = ["hooks.gitprovider.io", "ci.internal.net"]
pattern = "|".join(ALLOWED)


@app.post("/webhook")
async def webhook(request: Request):
    origin = request.headers.get("origin", "")
    if not re.search(pattern, origin):
        raise HTTPException(status_code=403, detail="origin not allowed")
    body = await request.json()
    return {"received": body.get("event")}
