import io
import zipfile
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
DEST = Path("/srv/beecoop/photos").resolve()


@app.post("/apiaries/{apiary_id}/photos")
async def upload_photos(apiary_id: int, bundle: UploadFile = File(...)):
    data = await bundle.read()
    target_dir = DEST / str(apiary_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    saved = 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            out = (target_dir / info.filename).resolve()
            if not out.is_relative_to(target_dir):
                raise HTTPException(400, f"bad entry {info.filename}")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zf.read(info))
            saved += 1
    return {"saved": saved}
