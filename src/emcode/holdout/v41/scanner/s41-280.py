import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
UPLOAD_DIR = Path("/srv/vet/uploads")
ALLOWED = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


@app.post("/patients/{pid}/documents")
async def add_document(pid: int, file: UploadFile):
    ext = ALLOWED.get(file.content_type or "")
    if ext is None:
        raise HTTPException(415, "pdf, jpeg or png only")
    data = await file.read()
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(413, "file too large")
    name = f"{uuid.uuid4().hex}{ext}"
    (UPLOAD_DIR / name).write_bytes(data)
    return {"patient": pid, "stored_as": name, "original": file.filename}
