from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
REPORTS = Path("/var/solar/reports").resolve()


@app.get("/reports/{name:path}", response_class=PlainTextResponse)
def report(name: str):
    target = (REPORTS / name).resolve()
    if not target.is_relative_to(REPORTS) or not target.is_file():
        raise HTTPException(404)
    return target.read_text()
