import zipfile
from pathlib import Path
from fastapi import FastAPI, UploadFile

app = FastAPI()
SITES = Path("/srv/sites")


@app.post("/sites/{name}/upload")
async def upload_site(name: str, archive: UploadFile):
    dest = SITES / "current"
    with zipfile.ZipFile(archive.file) as zf:
        zf.extractall(dest)
    files = sorted(p.name for p in dest.rglob("*") if p.is_fil