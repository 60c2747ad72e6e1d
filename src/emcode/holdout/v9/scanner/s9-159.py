import os
from fastapi import FastAPI

app = FastAPI()
BASE = "/srv/notes"


@app.get("/notes/{name}")
def read_note(name: str):
    with open(os.path.join(BASE, name)) as fh:
        text = fh.read()
    words = len(text.split())
    return {"name": name, "words": words, "preview": te