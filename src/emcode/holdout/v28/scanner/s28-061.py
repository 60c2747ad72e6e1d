import logging
import uuid

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from .scheduler import build_timetable

app = FastAPI()
log = logging.getLogger("timetable")


@app.post("/timetable/generate")
def generate(payload: dict):
    try:
        result = build_timetable(payload)
    except Exception:
        incident = uuid.uuid4().hex[:12]
        log.exception("timetable generation failed, incident %s", incident)
        return JSONResponse(status_code=500, content={"error": "generation failed", "incident": incident})
    return {"timetable": result}
