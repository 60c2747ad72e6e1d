import os

from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()
ASSETS = "/srv/game/assets"


@app.get("/assets/{filename:path}")
def asset(filename: str):
    with open(os.path.join(ASSETS, filename), "rb") as fh:
        data = fh.read()
    kind = "image/png" if filename.endswith(".png") else "application/octet-str