import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/var/lib/docs-store")
ALLOWED = {".pdf", ".txt"}
LIMIT = 5_000_000


@app.post("/docs/upload")
async def upload_doc(doc: UploadFile):
    suffix = Path(doc.filename or "").suffix.lower()
    if suffix not in ALLOWED:
        raise HTTPException(415, "only pdf or txt")
    content = await doc.read(LIMIT + 1)
    if len(content) > LIMIT:
        raise HTTPException(413, "file too large")
    name = f"{uuid.uuid4().hex}{suffix}"
    (STORE / name).write_bytes(content)
    return {"stored": name, "size": len(content)}
