import io
import uuid
from pathlib import Path

from fastapi import FastAPI, UploadFile, HTTPException
from PIL import Image

app = FastAPI()
STORE = Path("/var/lib/app/images")
MAX_BYTES = 5_000_000


@app.post("/images")
async def upload_image(img: UploadFile):
    data = await img.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413)
    try:
        pic = Image.open(io.BytesIO(data))
        pic.verify()
        pic = Image.open(io.BytesIO(data)).convert("RGB")
    except Exception:
        raise HTTPException(415)
    name = f"{uuid.uuid4().hex}.png"
    STORE.mkdir(parents=True, exist_ok=True)
    pic.save(STORE / name, format="PNG")
    return {"stored": name}
