from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/srv/telemetry/logs").resolve()


@app.get("/logs/{name:path}", response_class=PlainTextResponse)
def read_log(name: str):
    target = (LOGS / name).resolve()
    if not target.is_relative_to(LOGS) or not target.is_file():
        raise HTTPException(404)
    return target.read_text()
