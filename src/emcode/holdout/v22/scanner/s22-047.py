import os

from fastapi import FastAPI, UploadFile, HTTPException
from PIL import Image
from werkzeug.utils import secure_filename

app = FastAPI()
MEDIA = "media"


@app.post("/thumbnails")
async def thumbnail(file: UploadFile):
    name = secure_filename(file.filename or "")
    if not name.lower().endswith((".jpg", ".jpeg", ".png")):
        raise HTTPException(status_code=400, detail="only jpg/png")
    src = os.path.join(MEDIA, name)
    with open(src, "wb") as out:
        out.write(await file.read())
    with Image.open(src) as img:
        img.thumbnail((200, 200))
        thumb = src + ".thumb.jpg"
        img.convert("RGB").save(thumb, "JPEG")
    return {"thumbnail": os.path.basename(thumb)}
