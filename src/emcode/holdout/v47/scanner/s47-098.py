import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
CERTS = "/srv/lifeboat/certs"


@app.get("/certs")
def cert(name: str):
    path = os.path.join(CERTS, name)
    if not os.path.isfile(path):
        raise HTTPException(404)
    return FileResponse(path, media_type="application/pdf")


@app.get("/certs/list")
def list_certs():
    return sorted(os.listdir(CER