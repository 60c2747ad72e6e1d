from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()
ART = Path("/srv/podcasts/art")


@app.get("/art/{name:path}")
def cover_art(name: str):
    data = (ART / name).read_bytes()
    return Response(data, media_type="image/jpeg")
