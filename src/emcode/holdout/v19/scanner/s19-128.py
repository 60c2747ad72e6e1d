import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")


@app.middleware("http")
async def log_requests(request: Request, call_next):
    ua = request.headers.get("user-agent", "-")[:200]
    logger.info("%s %s %s ua=%r", request.client.host, request.method, request.url.path, ua)
    return await call_next(request)
