import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("gauges")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse({"detail": "internal server error"}, status_code=500)


@app.get("/gauges/{station}/trend")
def trend(station: int, hours: int = 24):
    levels = [1.0 + 0.01 * h for h in range(hours)]
    return {"station": station, "rising": levels[-1] > levels[0]}
