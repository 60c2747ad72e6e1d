import re

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Thumb(BaseModel):
    video_id: str


@app.post("/campaigns/thumbnail")
def thumbnail(t: Thumb):
    if not re.fullmatch(r"[A-Za-z0-9_-]{11}", t.video_id):
        raise HTTPException(400, "bad video id")
    r = requests.get("https://www.youtube.com/oembed",
                     params={"url": f"https://www.youtube.com/watch?v={t.video_id}", "format": "json"},
                     timeout=10)
    r.raise_for_status()
    return {"thumbnail": r.json().get("thumbnail_url")}
