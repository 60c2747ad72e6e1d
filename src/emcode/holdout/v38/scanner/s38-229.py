from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
PHOTOS = "/var/www/shelter/photos"


@app.get("/photos/{name:path}")
def photo(name: str):
    target = PHOTOS + "/" + name
    if not target.startswith(PHOTOS):
        raise HTTPException(403)
    if not Path(target).is_file():
        raise HTTPException(404)
    return FileResponse(target)
