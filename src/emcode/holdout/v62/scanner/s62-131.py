import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA = "/srv/karaoke/backing-tracks"


@app.get("/tracks/{filename}")
def track(filename: str):
    if filename != os.path.basename(filename) or filename not in os.listdir(MEDIA):
        raise HTTPException(status_code=404)
    return FileResponse(os.path.join(MEDIA, filename), media_type="audio/mpeg")
