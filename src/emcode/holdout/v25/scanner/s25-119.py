import os
import uuid
from fastapi import FastAPI, UploadFile, File, HTTPException

app = FastAPI()
PHOTO_DIR = "/srv/housekeeping/photos"
EXTS = {".jpg", ".jpeg", ".png"}


@app.post("/rooms/{room}/photo")
async def room_photo(room: int, photo: UploadFile = File(...)):
    ext = os.path.splitext(photo.filename or "")[1].lower()
    if ext not in EXTS:
        raise HTTPException(415, "jpg or png only")
    name = f"{room}-{uuid.uuid4().hex}{ext}"
    with open(os.path.join(PHOTO_DIR, name), "wb") as out:
        out.write(await photo.read())
    return {"stored": name}
