from pathlib import Path

from fastapi import FastAPI, UploadFile
from fastapi.staticfiles import StaticFiles

app = FastAPI()
PUBLIC = Path("public")
app.mount("/public", StaticFiles(directory=PUBLIC), name="public")


@app.post("/receipts")
async def upload_receipt(file: UploadFile):
    dest = PUBLIC / file.filename
    dest.write_bytes(await file.read())
    return {"url": f"/public/{file.filename}"}
