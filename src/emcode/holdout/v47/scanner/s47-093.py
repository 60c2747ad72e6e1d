from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
SCANS = Path("/srv/comic-scans").resolve()


@app.get("/scans/{name}")
def get_scan(name: str):
    target = (SCANS / name).resolve()
    if SCANS not in target.parents or target.suffix.lower() not in {".jpg", ".png"}:
        raise HTTPException(404)
    if not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)
