import os

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES = "/srv/hub/notes"


@app.get("/notes/{name}", response_class=PlainTextResponse)
def read_note(name: str):
    with open(os.path.join(NOTES, name), encoding="utf-8") as fh:
        text = fh.read()
    return text


@app.get("/notes")
def list_notes():
    return sorted(os.listd