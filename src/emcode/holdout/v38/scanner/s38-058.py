import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/court/audio")
MAX_BYTES = 200 * 1024 * 1024


@app.post("/hearings/{hearing_id}/audio")
async def upload_audio(hearing_id: int, file: UploadFile = File(...)):
    if file.content_type not in {"audio/wav", "audio/x-wav", "audio/mpeg"}:
        raise HTTPException(415)
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413)
    dest = STORE / str(hearing_id) / f"{uuid.uuid4().hex}.audio"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)
    return {"stored": dest.name}
