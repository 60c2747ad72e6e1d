import os
from fastapi import FastAPI

app = FastAPI()
BASE = "/srv/notes"


@app.get("/notes/{name}")
def read_note(name: str):
    with open(os.path.join(BASE, name)) as fh:
        return {"name": name, "text": fh.read()}


@app.delete("/notes/{name}")
def delete_note(name: str):
    path = os.path.join(BASE, name)
    if os.path.exists(pa