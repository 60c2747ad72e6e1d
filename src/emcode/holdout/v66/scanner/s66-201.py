from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
ROOT = "/srv/radio/shows"


@app.get("/shows/{name:path}")
def get_show(name: str):
    target = ROOT + "/" + name
    if not target.startswith(ROOT):
        raise HTTPException(status_code=404)
    if not Path(target).is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)
