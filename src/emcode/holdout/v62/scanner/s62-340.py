import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA = "/srv/karaoke/backing-tracks"


@app.get("/tracks/{filename:path}")
def track(filename: str):
    return FileResponse(os.path.join(MEDIA, filename), media_type="audio/mpeg")
