import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
DEST = Path("/srv/podcasts/incoming")
TYPES = {"audio/mpeg": ".mp3", "audio/x-m4a": ".m4a"}


@app.post("/episodes/upload")
async def upload(file: UploadFile):
    ext = TYPES.get(file.content_type or "")
    if ext is None:
        raise HTTPException(415, "mp3 or m4a only")
    data = await file.read(500 * 1024 * 1024 + 1)
    if len(data) > 500 * 1024 * 1024:
        raise HTTPException(413)
    path = DEST / f"{uuid.uuid4().hex}{ext}"
    path.write_bytes(data)
    return {"id": path.stem}
