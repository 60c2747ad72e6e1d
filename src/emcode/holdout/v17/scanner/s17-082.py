import logging
import re
import time

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("access")
CTRL = re.compile(r"[\x00-\x1f\x7f]")


def clean(value: str) -> str:
    return CTRL.sub("?", value)[:300]


@app.middleware("http")
async def access_log(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    log.info("%s %s %d %.1fms", request.method, clean(request.url.path), response.status_code,
             (time.perf_counter() - start) * 1000)
    return response


@app.get("/ping")
def ping():
    return {"pong": True}
