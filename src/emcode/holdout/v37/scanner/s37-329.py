import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/housekeeping/damage-photos")
TYPES = {"image/jpeg": ".jpg", "image/png": ".png"}


@app.post("/rooms/{room}/damage")
async def damage_photo(room: int, photo: UploadFile):
    ext = TYPES.get(photo.content_type)
    if ext is None:
        raise HTTPException(415, "jpeg or png only")
    data = await photo.read()
    if len(data) > 8 * 1024 * 1024:
        raise HTTPException(413, "too large")
    STORE.mkdir(parents=True, exist_ok=True)
    name = f"{room}-{uuid.uuid4().hex}{ext}"
    (STORE / name).write_bytes(data)
    return {"stored": name}
