import os
import shutil

from fastapi import FastAPI, UploadFile

app = FastAPI()
MEDIA = "media"


@app.post("/thumbnails")
async def thumbnail(file: UploadFile):
    src = os.path.join(MEDIA, os.path.basename(file.filename))
    with open(src, "wb") as out:
        shutil.copyfileobj(file.file, out)
    thumb = src + ".thumb.jpg"
    os.system("convert '%s' -resize 200x200 '%s'" % (src, thumb))
    return {"thumbnail": thumb}
