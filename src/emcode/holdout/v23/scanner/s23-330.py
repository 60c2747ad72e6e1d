import hashlib
import re
from pathlib import Path
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
STORE = Path("/srv/registry/files")
WHEEL = re.compile(r"^[A-Za-z0-9_.]+-[0-9][A-Za-z0-9_.]*-[A-Za-z0-9_.]+-[A-Za-z0-9_.]+-[A-Za-z0-9_.]+\.whl$")


@app.post("/upload")
async def upload(file: UploadFile):
    name = file.filename or ""
    if not WHEEL.fullmatch(name) or ".." in name:
        raise HTTPException(400, "only wheel files with a standard name")
    data = await file.read()
    digest = hashlib.sha256(data).hexdigest()
    target = STORE / digest[:2] / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return {"sha256": digest, "name": name}
