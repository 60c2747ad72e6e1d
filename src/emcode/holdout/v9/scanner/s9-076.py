import uuid
from pathlib import Path
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
STORE = Path("/srv/invoices/incoming")


@app.post("/invoices/upload")
async def upload_invoice(file: UploadFile):
    data = await file.read(5 * 1024 * 1024 + 1)
    if len(data) > 5 * 1024 * 1024:
        raise HTTPException(413, "too large")
    if not data.startswith(b"%PDF-"):
        raise HTTPException(415, "PDF only")
    dest = STORE / f"{uuid.uuid4()}.pdf"
    dest.write_bytes(data)
    return {"id": dest.stem}
