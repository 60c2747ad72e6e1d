import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/var/lib/app/uploads")
MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"%PDF-": ".pdf"}


@app.post("/files")
async def upload(file: UploadFile):
    data = await file.read(10 * 1024 * 1024 + 1)
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(status_code=413)
    ext = next((e for magic, e in MAGIC.items() if data.startswith(magic)), None)
    if ext is None:
        raise HTTPException(status_code=415, detail="only PNG or PDF")
    name = f"{uuid.uuid4().hex}{ext}"
    (STORE / name).write_bytes(data)
    return {"id": name}
