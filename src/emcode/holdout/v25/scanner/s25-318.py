import os
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
BASE = os.path.realpath("/var/playlists")


@app.get("/playlists/{name}", response_class=PlainTextResponse)
def read_playlist(name: str):
    path = os.path.realpath(os.path.join(BASE, name))
    if not path.startswith(BASE + os.sep):
        raise HTTPException(400, "bad playlist name")
    if not os.path.isfile(path):
        raise HTTPException(404, "no such playlist")
    with open(path, encoding="utf-8") as fh:
        return fh.read()
