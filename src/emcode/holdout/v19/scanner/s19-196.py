import os
from fastapi import FastAPI, HTTPException

app = FastAPI()
NOTES = os.path.realpath("/srv/notes")


@app.get("/notes/{name}")
def read_note(name: str):
    path = os.path.realpath(os.path.join(NOTES, name))
    if not path.startswith(NOTES + os.sep):
        raise HTTPException(403, "outside notes dir")
    with open(pa