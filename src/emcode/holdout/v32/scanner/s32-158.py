from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
MAPS = Path("/var/scootly/maps").resolve()


@app.get("/maps/{filename:path}")
def get_map(filename: str):
    target = (MAPS / filename).resolve()
    if not target.is_relative_to(MAPS) or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)
