from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
REPORTS = "/data/reports"


@app.get("/reports/{name:path}", response_class=PlainTextResponse)
def report(name: str):
    p = Path(REPORTS, name).resolve()
    if not str(p).startswith(REPORTS):
        raise HTTPException(404)
    return p.read_text()
