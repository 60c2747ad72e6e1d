import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/translate/incoming")
TYPES = {"application/pdf": ".pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
MAX = 20 * 1024 * 1024


@app.post("/documents")
async def upload(doc: UploadFile = File(...)):
    ext = TYPES.get(doc.content_type)
    if ext is None:
        raise HTTPException(415, "PDF or DOCX only")
    data = await doc.read(MAX + 1)
    if len(data) > MAX:
        raise HTTPException(413, "file too large")
    name = f"{uuid.uuid4().hex}{ext}"
    (STORE / name).write_bytes(data)
    return {"id": name}
