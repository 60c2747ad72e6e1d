import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Thumb(BaseModel):
    video_url: str


@app.post("/campaigns/thumbnail")
def thumbnail(t: Thumb):
    r = requests.get(t.video_url, timeout=10)
    return {"status": r.status_code, "bytes": len(r.content)}
