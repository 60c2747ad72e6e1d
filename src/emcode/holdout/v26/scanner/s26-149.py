import logging
from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("opendata")


@app.middleware("http")
async def access_log(request: Request, call_next):
    response = await call_next(request)
    log.info("%s %s %r -> %d", request.method, request.url.path,
             request.headers.get("user-agent", ""), response.status_code)
    return response
