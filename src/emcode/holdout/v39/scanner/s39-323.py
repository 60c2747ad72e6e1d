import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
INCOMING = Path("/srv/wildtrack/incoming")


@app.post("/gpx")
async def upload_gpx(file: UploadFile = File(...)):
    if not (file.filename or "").lower().endswith(".gpx"):
        raise HTTPException(415, "gpx only")
    data = await file.read()
    if len(data) > 10_000_000:
        raise HTTPException(413)
    dest = INCOMING / f"{uuid.uuid4().hex}.gpx"
    dest.write_bytes(data)
    return {"stored": dest.name}
