from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
ART_ROOT = Path("/data/cover-art")


@app.get("/covers/{album_id}/{filename}")
def cover(album_id: str, filename: str):
    path = ART_ROOT / album_id / filename
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)
