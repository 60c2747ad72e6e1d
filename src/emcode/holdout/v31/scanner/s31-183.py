import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("ticketing")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal error"})


@app.get("/events/{event_id}/availability")
def availability(event_id: int):
    from .inventory import seats_left
    return {"event_id": event_id, "seats_left": seats_left(event_id)}
