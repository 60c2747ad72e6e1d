import time
import logging

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("access")


@app.middleware("http")
async def access_log(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    rid = request.headers.get("X-Request-Id", "-")
    log.info(f"rid={rid} {request.method} {request.url} ua={request.headers.get('user-agent')} "
             f"status={response.status_code} {(time.perf_counter() - start) * 1000:.1f}ms")
    response.headers["X-Request-Id"] = rid
    return response
