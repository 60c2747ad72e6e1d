import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/realestate/contracts")
ALLOWED = {".pdf", ".docx"}
MAX_BYTES = 10 * 1024 * 1024


@app.post("/listings/{listing_id}/contract")
async def upload_contract(listing_id: int, file: UploadFile):
    ext = Path(file.filename or "").suffix.lower()
    if ext not in ALLOWED:
        raise HTTPException(400, "pdf or docx only")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    dest = STORE / str(listing_id)
    dest.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}{ext}"
    (dest / name).write_bytes(data)
    return {"stored_as": name}
