from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
ROOT = Path("/srv/registrar/syllabi").resolve()


@app.get("/syllabus", response_class=PlainTextResponse)
def syllabus(name: str):
    path = (ROOT / name).resolve()
    if not path.is_relative_to(ROOT):
        raise HTTPException(400)
    try:
        return path.read_text()
    except FileNotFoundError:
        raise HTTPException(404)
