from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
ROOT = "/srv/registrar/syllabi"


@app.get("/syllabus", response_class=PlainTextResponse)
def syllabus(name: str):
    path = ROOT + "/" + name
    if not path.startswith(ROOT):
        raise HTTPException(400)
    try:
        return Path(path).read_text()
    except FileNotFoundError:
        raise HTTPException(404)
