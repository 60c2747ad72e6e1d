import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES_DIR = os.path.realpath("/srv/vet/notes")


@app.get("/notes/{name}", response_class=PlainTextResponse)
def read_note(name: str):
    path = os.path.realpath(os.path.join(NOTES_DIR, name))
    if not path.startswith(NOTES_DIR + os.sep):
        raise HTTPException(404)
    with open(path, encoding="utf-8") as fh:
        return fh.re
