from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
SCANS = Path("/data/dig/scans").resolve()


@app.get("/scans/{name:path}")
def scan(name: str):
    target = (SCANS / name).resolve()
    if not target.is_relative_to(SCANS) or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)
