import os
import secrets
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
STORE = "/srv/vet/uploads"
MAGIC = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg", b"%PDF-": ".pdf"}
MAX_BYTES = 5 * 1024 * 1024


@app.post("/patients/{patient_id}/files")
async def upload(patient_id: int, file: UploadFile = File(...)):
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    ext = next((e for sig, e in MAGIC.items() if data.startswith(sig)), None)
    if ext is None:
        raise HTTPException(415, "only PNG, JPEG or PDF")
    name = secrets.token_hex(16) + ext
    folder = os.path.join(STORE, str(patient_id))
    os.makedirs(folder, mode=0o750, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as fh:
        fh.write(data)
    return {"stored_as": name}
