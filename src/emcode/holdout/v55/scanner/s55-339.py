import os
import time
import uuid
import logging

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("access")


@app.middleware("http")
async def access_log(request: Request, call_next):
    rid = uuid.uuid4().hex[:12]
    start = time.perf_counter()
    response = await call_next(request)
    ms = (time.perf_counter() - start) * 1000
    log.info("rid=%s method=%s route=%s status=%d %.1fms", rid, request.method,
             request.scope.get("route").path if request.scope.get("route") else "-", response.status_code, ms)
    response.headers["X-Request-Id"] = rid
    return response


@app.get("/cameras/{cam_id}/battery")
def battery(cam_id: int):
    return {"camera": cam_id, "battery_pct": 77, "host": os.uname().nodename}
