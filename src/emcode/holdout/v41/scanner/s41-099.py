import re
import tarfile
from pathlib import Path

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
DATA = Path("/data/campaigns")
BACKUPS = Path("/backups")


class Archive(BaseModel):
    campaign: str


@app.post("/admin/archive")
def archive(req: Archive):
    if not re.fullmatch(r"[a-z0-9-]{1,64}", req.campaign):
        raise HTTPException(400, "bad campaign slug")
    src = DATA / req.campaign
    if not src.is_dir():
        raise HTTPException(404, "no such campaign")
    target = BACKUPS / f"{req.campaign}.tgz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(src, arcname=req.campaign)
    return {"result": str(target)}
