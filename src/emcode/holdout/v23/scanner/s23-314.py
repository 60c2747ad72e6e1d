import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES_DIR = "/srv/lab/notes"


@app.get("/notes", response_class=PlainTextResponse)
def read_note(name: str):
    """Return a lab note by name."""
    base = NOTES_DIR
    candidate = name.strip()
    with op