from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
NOTES = Path("/var/lib/notes")


class Note(BaseModel):
    name: str
    text: str


@app.put("/notes")
def save_note(note: Note):
    target = NOTES / note.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(note.text, encoding="utf-8")
    return {"saved": str(target.relative_to(NOTES.parent))}
