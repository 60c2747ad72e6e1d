from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
REPORTS = Path("/data/reports").resolve()


@app.get("/reports/{name:path}", response_class=PlainTextResponse)
def report(name: str):
    p = (REPORTS / name).resolve()
    if not p.is_relative_to(REPORTS) or not p.is_file():
        raise HTTPException(404)
    return p.read_text()
