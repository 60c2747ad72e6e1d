from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

app = FastAPI()
RELEASES = Path("/srv/releases")
app.mount("/static", StaticFiles(directory="/srv/site/static"), name="static")
BUILDS = {"latest": "app-2.4.1.tar.gz", "lts": "app-2.0.9.tar.gz"}


@app.get("/download/{channel}")
def download(channel: str):
    fname = BUILDS.get(channel)
    if fname is None:
        raise HTTPException(404)
    return FileResponse(RELEASES / fname, filename=fname)
