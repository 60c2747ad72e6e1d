import io
import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

app = FastAPI()
STORE = Path("/srv/app-data/logos")
MAX_BYTES = 2 * 1024 * 1024


@app.post("/logos")
async def upload_logo(file: UploadFile):
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "too large")
    try:
        img = Image.open(io.BytesIO(data))
        img.verify()
        img = Image.open(io.BytesIO(data)).convert("RGBA")
    except (UnidentifiedImageError, OSError):
        raise HTTPException(415, "not an image")
    STORE.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}.png"
    img.save(STORE / name, format="PNG")
    return {"id": name}
