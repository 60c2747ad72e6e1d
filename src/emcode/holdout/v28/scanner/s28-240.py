import os

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
LYRICS = "/srv/lyrics"


@app.get("/lyrics", response_class=PlainTextResponse)
def lyrics(track: str):
    with open(os.path.join(LYRICS, track), encoding="utf-8") as fh:
        text = fh.read()
    return text.replace("\r\n", "\