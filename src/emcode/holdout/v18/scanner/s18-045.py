from pathlib import Path

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
NOTES = Path("/var/lib/notes").resolve()


class Note(BaseModel):
    name: str
    text: str


@app.put("/notes")
def save_note(note: Note):
    target = (NOTES / note.name).resolve()
    if not target.is_relative_to(NOTES) or target == NOTES:
        raise HTTPException(status_code=400, detail="invalid note name")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(note.text, encoding="utf-8")
    return {"saved": str(target.relative_to(NOTES))}
