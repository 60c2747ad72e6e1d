from pathlib import Path
from fastapi import FastAPI, UploadFile

app = FastAPI()
PUBLIC = Path("/var/www/html/files")


@app.post("/files")
async def upload(file: UploadFile):
    dest = PUBLIC / file.filename
    dest.write_bytes(await file.read())
    return {"saved": str(dest)}
