import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")


def _one_line(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.middleware("http")
async def log_requests(request: Request, call_next):
    ua = _one_line(request.headers.get("user-agent", "-"))
    path = _one_line(request.url.path)
    response = await call_next(request)
    logger.info("%s %s %d ua=%s", request.method, path, response.status_code, ua)
    return response
