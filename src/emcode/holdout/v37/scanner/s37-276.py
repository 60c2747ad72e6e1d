import os

from cryptography.fernet import Fernet
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
fernet = Fernet(os.environ["CLAIM_NOTES_KEY"])
NOTES = {}


class Note(BaseModel):
    text: str


@app.post("/claims/{claim_id}/notes")
def add_note(claim_id: int, note: Note):
    NOTES.setdefault(claim_id, []).append(fernet.encrypt(note.text.encode()))
    return {"count": len(NOTES[claim_id])}
