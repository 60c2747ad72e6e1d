from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
ROOT = "/srv/archive/transcripts"


@app.get("/transcripts/{name:path}", response_class=PlainTextResponse)
def transcript(name: str):
    full = ROOT + "/" + name
    if not full.startswith(ROOT):
        raise HTTPException(403)
    try:
        return Path(full).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise HTTPException(404)
