import secrets
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
COVER_DIR = Path("/srv/auction/covers")
MAGIC = {b"\xff\xd8\xff": ".jpg", b"\x89PNG\r\n\x1a\n": ".png"}


@app.post("/lots/{lot_id}/cover")
async def upload_cover(lot_id: int, image: UploadFile):
    data = await image.read(5 * 1024 * 1024 + 1)
    if len(data) > 5 * 1024 * 1024:
        raise HTTPException(413)
    ext = next((e for sig, e in MAGIC.items() if data.startswith(sig)), None)
    if ext is None:
        raise HTTPException(415, "JPEG or PNG only")
    name = f"{lot_id}-{secrets.token_hex(8)}{ext}"
    (COVER_DIR / name).write_bytes(data)
    return {"file": name}
