import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")


@app.middleware("http")
async def log_requests(request: Request, call_next):
    ua = request.headers.get("user-agent", "-")
    logger.info(f"{request.client.host} {request.method} {request.url.path} ua={ua}")
    return await call_next(request)
