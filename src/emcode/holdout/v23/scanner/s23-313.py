import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES_DIR = os.path.realpath("/srv/lab/notes")


@app.get("/notes", response_class=PlainTextResponse)
def read_note(name: str):
    path = os.path.realpath(os.path.join(NOTES_DIR, name))
    if os.path.commonpath([NOTES_DIR, path]) != NOTES_DIR:
        raise HTTPException(404)
    if not os.path.isfile(path):
        raise HTTPException(404)
    with open(pa