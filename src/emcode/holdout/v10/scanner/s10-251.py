import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")


@app.middleware("http")
async def access_log(request: Request, call_next):
    ua = request.headers.get("user-agent", "-")
    response = await call_next(request)
    logger.info("%s %s %d ua=%r", request.method, request.url.path, response.status_code, ua[:200])
    return response
