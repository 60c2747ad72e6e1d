import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES = "/srv/notes/"


@app.get("/notes/{name}")
def read_note(name: str):
    with open(NOTES + name, encoding="utf-8") as fh:
        text = fh.read()
    return PlainTextResponse(text[:10000