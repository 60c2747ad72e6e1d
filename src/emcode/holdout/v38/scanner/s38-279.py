from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
PHOTOS = Path("/var/www/shelter/photos").resolve()


@app.get("/photos/{name:path}")
def photo(name: str):
    target = (PHOTOS / name).resolve()
    if not target.is_relative_to(PHOTOS):
        raise HTTPException(403)
    if not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)
