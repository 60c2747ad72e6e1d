from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
REPORTS = Path("/var/solar/reports")


@app.get("/reports/{name:path}", response_class=PlainTextResponse)
def report(name: str):
    with open(REPORTS / name) as fh:
        return fh.read()
