from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = "/srv/static"


@app.get("/files/{name:path}")
def get_file(name: str):
    target = BASE + "/" + name
    if not target.startswith(BASE) or not Path(target).is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)
