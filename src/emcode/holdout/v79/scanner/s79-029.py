from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
SCANS = Path("/srv/genealogy/scans").resolve()


@app.get("/scans/{name}")
def scan(name: str):
    target = (SCANS / name).resolve()
    if target.parent != SCANS or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)
