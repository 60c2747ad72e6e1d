from pathlib import Path
from fastapi import FastAPI, HTTPException

app = FastAPI()
NOTES = Path("/srv/notes").resolve()


@app.get("/notes/{name:path}")
def read_note(name: str):
    target = (NOTES / name).resolve()
    if not target.is_relative_to(NOTES):
        raise HTTPException(403, "outside notes dir")
    if not target.is_file():
        raise HTTPException(404)
    return {"name": name, "body": target.read_text(encoding="utf-8")}
