from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
CERTS = Path("/srv/lifeboat/certs").resolve()


@app.get("/certs")
def cert(name: str):
    path = (CERTS / name).resolve()
    if not path.is_relative_to(CERTS) or not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type="application/p