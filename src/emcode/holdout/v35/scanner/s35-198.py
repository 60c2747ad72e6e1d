import shutil
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile
from fastapi.staticfiles import StaticFiles

app = FastAPI()
PUBLIC = Path("public/designs")
PUBLIC.mkdir(parents=True, exist_ok=True)
app.mount("/designs", StaticFiles(directory=PUBLIC), name="designs")


@app.post("/designs")
async def upload_design(file: UploadFile):
    if not (file.content_type or "").startswith("image/"):
        raise HTTPException(400, "images only")
    dest = PUBLIC / file.filename
    with dest.open("wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"url": f"/designs/{file.filename}"}
