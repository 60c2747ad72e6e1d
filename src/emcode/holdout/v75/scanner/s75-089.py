import io
import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

app = FastAPI()
STORE = Path("/srv/vetlab/attachments")
MAX_BYTES = 8 * 1024 * 1024


@app.post("/samples/{sample_id}/photo")
async def upload_photo(sample_id: int, file: UploadFile = File(...)):
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    try:
        with Image.open(io.BytesIO(data)) as im:
            fmt = im.format
    except UnidentifiedImageError:
        raise HTTPException(415, "not an image")
    if fmt not in {"JPEG", "PNG"}:
        raise HTTPException(415, "only JPEG or PNG")
    name = f"{sample_id}-{uuid.uuid4().hex}.{fmt.lower()}"
    (STORE / name).write_bytes(data)
    return {"stored": name}
