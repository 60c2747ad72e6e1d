from datetime import datetime
from fastapi import FastAPI, Request

app = FastAPI()


@app.middleware("http")
async def audit(request: Request, call_next):
    ua = request.headers.get("user-agent", "-")
    with open("audit.log", "a") as fh:
        fh.write(f"{datetime.utcnow().isoformat()} {request.url.path} ua={ua}\n")
    return await call_next(request)
