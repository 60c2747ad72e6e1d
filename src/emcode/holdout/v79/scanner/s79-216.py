import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
SCANS = "/srv/genealogy/scans"


@app.get("/scans/{name:path}")
def scan(name: str):
    return FileResponse(os.path.join(SCANS, name))
