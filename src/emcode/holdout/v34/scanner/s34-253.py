import logging
import time

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("permits.api")


@app.middleware("http")
async def timing(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    elapsed = (time.perf_counter() - started) * 1000
    log.info("request finished status=%d in %.1f ms", response.status_code, elapsed)
    return response


@app.get("/health")
def health():
    return {"ok": True}
