import os
from fastapi import FastAPI, HTTPException

app = FastAPI()
BASE = os.path.realpath("/srv/notes")


@app.get("/notes/{name}")
def read_note(name: str):
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        raise HTTPException(403)
    with open(fu