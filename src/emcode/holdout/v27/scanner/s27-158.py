import io
import uuid
from fastapi import FastAPI, HTTPException, UploadFile
from PIL import Image

app = FastAPI()


@app.post("/avatars")
async def avatar(file: UploadFile):
    data = await file.read(2_000_001)
    if len(data) > 2_000_000:
        raise HTTPException(413)
    try:
        img = Image.open(io.BytesIO(data))
        img.verify()
    except Exception:
        raise HTTPException(415, "not an image") from None
    if img.format not in {"PNG", "JPEG"}:
        raise HTTPException(415)
    name = f"{uuid.uuid4().hex}.{img.format.lower()}"
    with open(f"public/avatars/{name}", "wb") as out:
        out.write(data)
    return {"url": f"/avatars/{name}"}
