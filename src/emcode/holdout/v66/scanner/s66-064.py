import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/glacier/photos")
MAX = 15 * 1024 * 1024


@app.post("/photos")
async def upload(photo: UploadFile):
    data = await photo.read(MAX + 1)
    if len(data) > MAX:
        raise HTTPException(413)
    if not data.startswith(b"\xff\xd8\xff"):
        raise HTTPException(415, "JPEG only")
    name = f"{uuid.uuid4().hex}.jpg"
    (STORE / name).write_bytes(data)
    return {"id": name}
