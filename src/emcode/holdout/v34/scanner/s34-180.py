import re
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
PHOTOS = Path("/srv/bakery/photos")
NAME = re.compile(r"[a-z0-9-]{1,40}\.jpg")


@app.get("/photos/{name}")
def photo(name: str):
    if not NAME.fullmatch(name):
        raise HTTPException(404)
    path = PHOTOS / name
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type="image/jpeg")
