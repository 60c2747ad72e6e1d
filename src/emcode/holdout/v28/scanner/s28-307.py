import traceback

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from .scheduler import build_timetable

app = FastAPI()


@app.post("/timetable/generate")
def generate(payload: dict):
    try:
        result = build_timetable(payload)
    except Exception as exc:
        return JSONResponse(status_code=500, content={
            "error": str(exc),
            "trace": traceback.format_exc(),
        })
    return {"timetable": result}
