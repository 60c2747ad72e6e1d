import json
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
UPLOADS = Path("/srv/attachments")
TYPES = {"application/pdf": ".pdf", "image/png": ".png", "text/plain": ".txt"}
LIMIT = 10 * 1024 * 1024


@app.post("/tickets/{ticket_id}/attach")
async def attach(ticket_id: int, file: UploadFile):
    ext = TYPES.get(file.content_type or "")
    if ext is None:
        raise HTTPException(415, "unsupported type")
    data = await file.read(LIMIT + 1)
    if len(data) > LIMIT:
        raise HTTPException(413, "too large")
    folder = UPLOADS / str(ticket_id)
    folder.mkdir(parents=True, exist_ok=True)
    key = uuid.uuid4().hex
    (folder / (key + ext)).write_bytes(data)
    (folder / (key + ".json")).write_text(json.dumps({"original": file.filename}))
    return {"attachment": key}
