from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
TRANSCRIPTS = Path("/data/transcripts").resolve()


@app.get("/transcripts/{show}/{episode}", response_class=PlainTextResponse)
def transcript(show: str, episode: str):
    target = (TRANSCRIPTS / show / f"{episode}.txt").resolve()
    if not target.is_relative_to(TRANSCRIPTS) or not target.is_file():
        raise HTTPException(404)
    return target.read_text()
