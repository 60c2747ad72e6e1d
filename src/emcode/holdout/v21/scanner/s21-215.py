import re
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()
ALLOWED_ORIGINS = ["hooks.ci.example.com", "builds.example.com"]
ORIGIN_RE = re.compile("^(?:" + "|".join(map(re.escape, ALLOWED_ORIGINS)) + ")$")


@app.post("/webhook")
async def webhook(request: Request):
    origin = request.headers.get("x-forwarded-host", "")
    if not ORIGIN_RE.match(origin):
        raise HTTPException(status_code=403, detail="unknown origin")
    payload = await request.json()
    return {"queued": payload.get("build_id")}
