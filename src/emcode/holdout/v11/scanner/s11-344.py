from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
PUBLIC = Path("/srv/www/public/files")


@app.post("/files")
async def upload(file: UploadFile):
    if not file.content_type.startswith("image/"):
        raise HTTPException(415, "images only")
    dest = PUBLIC / file.filename
    dest.write_bytes(await file.read())
    return {"url": f"/files/{file.filename}"}
