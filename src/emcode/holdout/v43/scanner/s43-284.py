import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("planner")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path.encode("unicode_escape").decode())
    return JSONResponse({"error": "internal error"}, status_code=500)


@app.get("/timeline/{event_id}")
def timeline(event_id: int):
    return {"event": event_id, "items": []}
