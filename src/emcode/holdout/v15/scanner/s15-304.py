from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
UPLOAD_DIR = Path("/srv/uploads")


@app.post("/upload")
async def upload(file: UploadFile):
    dest = UPLOAD_DIR / file.filename
    dest.write_bytes(await file.read())
    return {"saved": str(dest)}
