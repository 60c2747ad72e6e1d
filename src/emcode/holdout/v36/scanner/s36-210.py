import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("shipping.api")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse(status_code=500, content={"detail": "Internal server error"})


@app.get("/eta/{voyage}")
def eta(voyage: str):
    from .planner import estimate
    return {"voyage": voyage, "eta": estimate(voyage).isoformat()}
