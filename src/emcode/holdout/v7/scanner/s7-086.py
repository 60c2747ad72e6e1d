import json
import logging
import time
from fastapi import FastAPI, Request

app = FastAPI()
access = logging.getLogger("access")


@app.middleware("http")
async def access_log(request: Request, call_next):
    started = time.monotonic()
    response = await call_next(request)
    access.info(json.dumps({
        "path": request.url.path,
        "status": response.status_code,
        "ua": request.headers.get("user-agent", ""),
        "ms": round((time.monotonic() - started) * 1000, 1),
    }))
    return response


@app.get("/ping")
def ping():
    return {"pong": True}
