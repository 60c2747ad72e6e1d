import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/var/lib/receipts")
MAX = 5 * 1024 * 1024


@app.post("/receipts")
async def upload_receipt(file: UploadFile):
    data = await file.read(MAX + 1)
    if len(data) > MAX:
        raise HTTPException(413, "file too large")
    if not data.startswith(b"%PDF-"):
        raise HTTPException(415, "PDF only")
    name = f"{uuid.uuid4().hex}.pdf"
    (STORE / name).write_bytes(data)
    return {"id": name[:-4]}
