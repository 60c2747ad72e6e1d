from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
SUBS = Path("/srv/subs")


@app.get("/subtitles")
def find_subtitles(title: str):
    needle = title.lower()
    return {"files": sorted(p.name for p in SUBS.iterdir() if needle in p.name.lower())}
