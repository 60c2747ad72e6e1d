import hashlib
from pathlib import Path

from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
STORE = Path("/srv/esports/demos")
MAX = 300 * 1024 * 1024


@app.post("/demos")
async def upload_demo(file: UploadFile):
    if not (file.filename or "").endswith(".dem"):
        raise HTTPException(415, "only .dem files")
    h = hashlib.sha256()
    size = 0
    chunks = []
    while chunk := await file.read(1 << 20):
        size += len(chunk)
        if size > MAX:
            raise HTTPException(413)
        h.update(chunk)
        chunks.append(chunk)
    dest = STORE / (h.hexdigest() + ".dem")
    dest.write_bytes(b"".join(chunks))
    return {"id": h.hexdigest(), "bytes": size}
