import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
DEST = Path("/srv/genealogy/scans")
MAX = 10 * 1024 * 1024


@app.post("/scans")
async def upload(file: UploadFile):
    data = await file.read(MAX + 1)
    if len(data) > MAX:
        raise HTTPException(413)
    if data[:3] != b"\xff\xd8\xff" and data[:8] != b"\x89PNG\r\n\x1a\n":
        raise HTTPException(415, "JPEG or PNG only")
    ext = ".jpg" if data[:3] == b"\xff\xd8\xff" else ".png"
    name = uuid.uuid4().hex + ext
    (DEST / name).write_bytes(data)
    return {"stored": name}
