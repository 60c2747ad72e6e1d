from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
TRANSCRIPTS = Path("/data/transcripts")


@app.get("/transcripts/{show}/{episode}", response_class=PlainTextResponse)
def transcript(show: str, episode: str):
    target = TRANSCRIPTS / show / f"{episode}.txt"
    if not target.exists():
        raise HTTPException(404)
    return target.read_text()
