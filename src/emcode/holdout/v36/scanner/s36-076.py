import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/clinic/xrays")
MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


@app.post("/xrays")
async def upload(file: UploadFile):
    data = await file.read(10 * 1024 * 1024 + 1)
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(413)
    ext = next((e for m, e in MAGIC.items() if data.startswith(m)), None)
    if ext is None:
        raise HTTPException(415, "PNG or JPEG only")
    name = uuid.uuid4().hex + ext
    (STORE / name).write_bytes(data)
    return {"id": name}
