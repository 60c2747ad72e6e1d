from pathlib import Path
import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
BASE = "/var/playlists"


@app.get("/playlists/{name}", response_class=PlainTextResponse)
def read_playlist(name: str):
    path = os.path.normpath(BASE + "/" + name)
    if not Path(path).is_file():
        raise HTTPException(404, "no such playlist")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
