import io
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

app = FastAPI()
AVATARS = Path("/srv/avatars")


@app.post("/avatar")
async def avatar(file: UploadFile):
    data = await file.read(3_000_001)
    if len(data) > 3_000_000:
        raise HTTPException(413, "too large")
    try:
        img = Image.open(io.BytesIO(data))
        img.thumbnail((512, 512))
    except UnidentifiedImageError:
        raise HTTPException(415, "not an image")
    name = uuid.uuid4().hex + ".png"
    img.save(AVATARS / name, "PNG")
    return {"url": f"/avatars/{name}"}
