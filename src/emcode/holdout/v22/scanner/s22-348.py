from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from .db import photo_record

app = FastAPI()
ORIGINALS = Path("/srv/gallery/originals")


@app.get("/photos/{photo_id}/original")
def original(photo_id: int):
    rec = photo_record(photo_id)
    if rec is None:
        raise HTTPException(404)
    path = ORIGINALS / f"{rec.storage_key}.jpg"
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type="image/jpeg", filename=f"photo-{photo_id}.jpg")
