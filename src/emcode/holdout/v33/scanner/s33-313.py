import json
import logging
import time

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("access")


@app.middleware("http")
async def access_log(request: Request, call_next):
    t0 = time.perf_counter()
    response = await call_next(request)
    log.info(json.dumps({
        "path": request.url.path,
        "method": request.method,
        "status": response.status_code,
        "ua": request.headers.get("user-agent", ""),
        "ms": round((time.perf_counter() - t0) * 1000, 1),
    }))
    return response
