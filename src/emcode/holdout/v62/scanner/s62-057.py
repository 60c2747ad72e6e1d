import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/var/lib/brigade/incident-photos")
MAGIC = {b"\xff\xd8\xff": ".jpg", b"\x89PNG": ".png"}


@app.post("/incidents/{incident_id}/photos")
async def add_photo(incident_id: int, photo: UploadFile = File(...)):
    data = await photo.read(10 * 1024 * 1024 + 1)
    if len(data) > 10 * 1024 * 1024:
        raise HTTPException(status_code=413)
    ext = next((e for m, e in MAGIC.items() if data.startswith(m)), None)
    if ext is None:
        raise HTTPException(status_code=415)
    dest = STORE / str(incident_id)
    dest.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}{ext}"
    (dest / name).write_bytes(data)
    return {"stored": name}
