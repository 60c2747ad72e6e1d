from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

app = FastAPI()
ART = Path("/srv/podcasts/art").resolve()


@app.get("/art/{name:path}")
def cover_art(name: str):
    target = (ART / name).resolve()
    if not target.is_relative_to(ART) or not target.is_file():
        raise HTTPException(404)
    return Response(target.read_bytes(), media_type="image/jpeg")
