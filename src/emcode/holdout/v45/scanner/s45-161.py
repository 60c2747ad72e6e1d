import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/hearwell/uploads")
TYPES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}
LIMIT = 10 * 1024 * 1024


@app.post("/patients/{patient_id}/documents")
async def upload(patient_id: int, doc: UploadFile = File(...)):
    ext = TYPES.get(doc.content_type or "")
    if ext is None:
        raise HTTPException(415, "unsupported type")
    data = await doc.read(LIMIT + 1)
    if len(data) > LIMIT:
        raise HTTPException(413, "file too large")
    dest = STORE / str(patient_id) / f"{uuid.uuid4().hex}{ext}"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)
    return {"stored": dest.name}
