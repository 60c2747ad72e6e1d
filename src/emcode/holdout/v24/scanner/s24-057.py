import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES_DIR = "/srv/vet/notes"


@app.get("/notes/{name}", response_class=PlainTextResponse)
def read_note(name: str):
    with open(os.path.join(NOTES_DIR, name)) as fh:
        text = fh.read()
    lines = text.splitlines()
    return "\n".join(line for line in lines if not line.startswith("#PRIV
