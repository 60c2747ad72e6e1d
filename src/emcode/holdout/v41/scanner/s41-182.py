import os

from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()
MANIFESTS = "/data/manifests"


@app.get("/manifests/{flight}/{name}")
def manifest(flight: str, name: str):
    path = os.path.join(MANIFESTS, flight, name)
    with open(path, "rb") as fh:
        data = fh.read()
    return Response(content=data, media_type="application/x