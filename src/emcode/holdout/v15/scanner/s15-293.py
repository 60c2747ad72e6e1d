import json
import logging
import time

from fastapi import FastAPI, Request

app = FastAPI()
access = logging.getLogger("access")


@app.middleware("http")
async def log_requests(request: Request, call_next):
    t0 = time.perf_counter()
    response = await call_next(request)
    access.info(json.dumps({
        "path": request.url.path,
        "ua": request.headers.get("user-agent", ""),
        "status": response.status_code,
        "ms": round((time.perf_counter() - t0) * 1000, 1),
    }))
    return response
