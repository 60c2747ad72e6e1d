import json
import subprocess
import uuid
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
XRAY_DIR = Path("/var/dental/xray")


@app.post("/xray/metadata")
async def xray_metadata(scan: UploadFile):
    path = XRAY_DIR / f"{uuid.uuid4().hex}.dcm"
    path.write_bytes(await scan.read())
    out = subprocess.check_output(["exiftool", "-json", str(path)], timeout=30)
    return {"meta": json.loads(out)}
