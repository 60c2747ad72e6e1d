from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA = Path("/srv/podcasts/media").resolve()


@app.get("/media/{file_path:path}")
def media(file_path: str):
    target = (MEDIA / file_path).resolve()
    if MEDIA not in target.parents or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target)
