import io
import zipfile
from pathlib import Path

from fastapi import FastAPI, File, UploadFile

app = FastAPI()
DEST = Path("/srv/beecoop/photos")


@app.post("/apiaries/{apiary_id}/photos")
async def upload_photos(apiary_id: int, bundle: UploadFile = File(...)):
    data = await bundle.read()
    target_dir = DEST / str(apiary_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        zf.extractall(target_dir)
        names = zf.namelist()
    for name in names:
        p = target_dir / name
        if p.suffix.lower() not in {".jpg", ".png"}:
            p.unlink(missing_ok=True)
    return {"saved": len(names)}
