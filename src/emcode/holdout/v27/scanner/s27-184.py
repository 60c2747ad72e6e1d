import logging
from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("api")


@app.middleware("http")
async def access_log(request: Request, call_next):
    resp = await call_next(request)
    log.info("%s %s user=%s -> %d" % (request.method, request.url.path, request.headers.get("X-User", "-"), resp.status_code))
    return resp
