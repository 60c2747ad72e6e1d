import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
RECEIPTS = Path("/srv/fleet/receipts")
MAGIC = {b"\xff\xd8\xff": ".jpg", b"\x89PNG": ".png", b"%PDF": ".pdf"}


@app.post("/receipts")
async def upload_receipt(file: UploadFile = File(...)):
    data = await file.read(10 * 1024 * 1024 + 1)
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(413, "too large")
    ext = next((e for sig, e in MAGIC.items() if data.startswith(sig)), None)
    if ext is None:
        raise HTTPException(415, "unsupported file")
    name = f"{uuid.uuid4().hex}{ext}"
    (RECEIPTS / name).write_bytes(data)
    return {"stored": name}
