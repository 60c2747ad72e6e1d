import re
import subprocess
import uuid

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
SIZE = re.compile(r"\d{2,4}x\d{2,4}")


@app.post("/photos/resize")
async def resize(file: UploadFile, size: str = "800x600"):
    if not SIZE.fullmatch(size):
        raise HTTPException(400, "size must look like 800x600")
    src = f"/srv/uploads/{uuid.uuid4().hex}.jpg"
    with open(src, "wb") as fh:
        fh.write(await file.read())
    dst = src.replace(".jpg", "-resized.jpg")
    subprocess.check_call(["convert", src, "-resize", size, dst])
    return {"path": dst}
