from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
LOGS = Path("/srv/telemetry/logs")


@app.get("/logs/{name:path}", response_class=PlainTextResponse)
def read_log(name: str):
    target = LOGS / name
    if not target.exists():
        raise HTTPException(404)
    return target.read_text()
