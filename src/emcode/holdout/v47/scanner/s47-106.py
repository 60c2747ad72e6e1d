import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
SCANS = "/srv/comic-scans"


@app.get("/scans/{name:path}")
def get_scan(name: str):
    target = os.path.join(SCANS, name)
    if not os.path.exists(target):
        raise HTTPException(404)
    return FileResponse(target)
