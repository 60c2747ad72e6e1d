import json
import logging
from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("access")

@app.middleware("http")
async def access_log(request: Request, call_next):
    resp = await call_next(request)
    log.info(json.dumps({"path": request.url.path, "ua": request.headers.get("user-agent", ""), "status": resp.status_code}))
    return resp
