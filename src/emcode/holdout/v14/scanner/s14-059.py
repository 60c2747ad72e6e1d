import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
MEDIA = "/var/media/"


@app.get("/media")
def media(path: str):
    full = MEDIA + path
    if not full.startswith(MEDIA):
        raise HTTPException(403)
    if not os.path.isfile(full):
        raise HTTPException(404)
    return FileResponse(full)
