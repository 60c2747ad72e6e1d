from pathlib import Path
from fastapi import FastAPI, HTTPException

app = FastAPI()
NOTES = Path("/data/notes")


@app.get("/notes/{user}/{note_path:path}")
def read_note(user: str, note_path: str):
    target = NOTES / user / note_path
    if not target.is_file():
        raise HTTPException(404, "no such note")
    return {"name": target.name, "content": target.read_text(encoding="utf-8")}
