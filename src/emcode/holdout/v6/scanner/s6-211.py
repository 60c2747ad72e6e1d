import logging
from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("access")

@app.middleware("http")
async def access_log(request: Request, call_next):
    ua = request.headers.get("user-agent", "")
    log.info(f"{request.url.path} ua={ua}")
    return await call_next(request)
