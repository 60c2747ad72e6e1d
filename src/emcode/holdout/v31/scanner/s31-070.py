import subprocess
import uuid

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/photos/resize")
async def resize(file: UploadFile, size: str = "800x600"):
    src = f"/srv/uploads/{uuid.uuid4().hex}.jpg"
    with open(src, "wb") as fh:
        fh.write(await file.read())
    dst = src.replace(".jpg", "-resized.jpg")
    subprocess.check_call(f"convert {src} -resize {size} {dst}", shell=True)
    return {"path": dst}
