import json
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()

REGIONS = {
    "north": Path("/srv/water/quality/north.json"),
    "south": Path("/srv/water/quality/south.json"),
    "harbour": Path("/srv/water/quality/harbour.json"),
}


@app.get("/quality/{region}")
def quality(region: str):
    path = REGIONS.get(region)
    if path is None:
        raise HTTPException(404, "unknown region")
    with open(path) as fh:
        return json.load(fh)
