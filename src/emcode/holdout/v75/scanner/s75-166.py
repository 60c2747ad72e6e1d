from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
ROOT = Path("/srv/archive/transcripts").resolve()


@app.get("/transcripts/{name:path}", response_class=PlainTextResponse)
def transcript(name: str):
    full = (ROOT / name).resolve()
    if not full.is_relative_to(ROOT):
        raise HTTPException(403)
    if not full.is_file():
        raise HTTPException(404)
    return full.read_text(encoding="utf-8")
