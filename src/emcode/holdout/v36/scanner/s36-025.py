import json
import logging

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("registrar.access")


@app.middleware("http")
async def access_log(request: Request, call_next):
    resp = await call_next(request)
    log.info(json.dumps({"method": request.method, "path": request.url.path, "status": resp.status_code}))
    return resp


@app.get("/terms")
def terms():
    return ["2026FA", "2027SP"]
