import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("api")


@app.exception_handler(Exception)
async def all_errors(request: Request, exc: Exception):
    incident = uuid.uuid4().hex[:10]
    log.exception("unhandled error, incident %s", incident)
    return JSONResponse(status_code=500, content={"error": "internal error", "incident": incident})


@app.get("/fixtures/{event_id}")
def fixtures(event_id: int):
    raise RuntimeError("fixture service unavailable")
