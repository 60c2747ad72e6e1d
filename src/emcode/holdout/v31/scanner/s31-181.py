from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES = Path("/data/museum/condition-notes").resolve()


@app.get("/notes/{name}", response_class=PlainTextResponse)
def read_note(name: str):
    target = (NOTES / name).resolve()
    if not target.is_relative_to(NOTES):
        raise HTTPException(404)
    try:
        return target.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise HTTPException(404)
