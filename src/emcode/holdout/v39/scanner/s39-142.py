from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
AUDIO_ROOT = Path("/srv/podhost/audio")
EPISODE_FILES = {1: "ep001.mp3", 2: "ep002.mp3", 3: "ep003.mp3"}


@app.get("/episodes/{episode_id}/audio")
def episode_audio(episode_id: int):
    fname = EPISODE_FILES.get(episode_id)
    if fname is None:
        raise HTTPException(status_code=404)
    return FileResponse(AUDIO_ROOT / fname, media_type="audio/mpeg")
