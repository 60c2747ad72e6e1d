import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/tutorhub/docs")
TYPES = {"application/pdf": ".pdf", "image/png": ".png"}


@app.post("/documents")
async def upload(doc: UploadFile = File(...)):
    ext = TYPES.get(doc.content_type or "")
    if ext is None:
        raise HTTPException(status_code=415)
    data = await doc.read()
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(status_code=413)
    name = f"{uuid.uuid4().hex}{ext}"
    (STORE / name).write_bytes(data)
    return {"id": name}
