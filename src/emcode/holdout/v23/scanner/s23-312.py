import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
NOTES_DIR = "/srv/lab/notes"


@app.get("/notes", response_class=PlainTextResponse)
def read_note(name: str):
    path = os.path.join(NOTES_DIR, name)
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.splitlines()
    header = lines[0] if lines else ""
    return "\n".join([header, "-" * len(hea