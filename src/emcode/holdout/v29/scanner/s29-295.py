from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES = Path("/srv/hub/notes").resolve()


@app.get("/notes/{name}", response_class=PlainTextResponse)
def read_note(name: str):
    target = (NOTES / name).resolve()
    if not target.is_relative_t