from pathlib import Path

from fastapi import FastAPI, UploadFile
from fastapi.staticfiles import StaticFiles

app = FastAPI()
STATIC = Path("static")
app.mount("/static", StaticFiles(directory=STATIC), name="static")


@app.post("/mods")
async def upload_mod(file: UploadFile):
    dest = STATIC / "mods" / file.filename
    dest.write_bytes(await file.read())
    return {"url": f"/static/mods/{file.filename}"}
