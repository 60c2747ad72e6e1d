import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("auction-api")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse({"detail": "internal server error"}, status_code=500)


@app.get("/lots/{lot_id}/estimate")
def estimate(lot_id: int):
    from .pricing import estimate_for
    low, high = estimate_for(lot_id)
    return {"lot": lot_id, "low": low, "high": high}
