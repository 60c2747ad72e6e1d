from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
ROOT = Path("/srv/radio/shows").resolve()


@app.get("/shows/{name:path}")
def get_show(name: str):
    target = (ROOT / name).resolve()
    if not target.is_relative_to(ROOT) or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)
