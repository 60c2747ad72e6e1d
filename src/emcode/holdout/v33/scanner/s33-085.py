import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger(__name__)


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.error("unhandled error on %s", request.url.path, exc_info=exc)
    return JSONResponse(status_code=500, content={"error": "internal server error"})


@app.get("/lots/{lot_id}/occupancy")
def occupancy(lot_id: int):
    from .sensors import read_occupancy
    return {"lot": lot_id, "occupied": read_occupancy(lot_id)}
