import logging

from fastapi import FastAPI, Request

app = FastAPI()
log = logging.getLogger("audit")
REDACT = {"password", "token", "pin"}


@app.middleware("http")
async def audit(request: Request, call_next):
    response = await call_next(request)
    log.info("%s %s -> %d", request.method, request.url.path, response.status_code)
    return response


def redact(d: dict) -> dict:
    return {k: ("***" if k in REDACT else v) for k, v in d.items()}


@app.post("/members")
async def members(payload: dict):
    return {"received": sorted(redact(payload))}
