import re

from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
PARTNERS = ["hooks.stripe.com", "api.github.com"]
PATTERN = re.compile("^(%s)" % "|".join(PARTNERS))


@app.post("/webhook")
async def webhook(payload: dict, x_origin_host: str = Header(...)):
    if not PATTERN.match(x_origin_host):
        raise HTTPException(403, "origin not allowed")
    return {"received": len(payload)}
