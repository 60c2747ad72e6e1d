from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Note(BaseModel):
    shaft: str = Field(max_length=10)
    text: str = Field(max_length=2000)


@app.post("/shift-notes")
def add_note(note: Note):
    return {"saved": True, "shaft": note.shaft, "preview": note.text[:80]}
