import re

import requests
from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

app = FastAPI()
CDN = "https://img.tunecloud-cdn.example/art"
ART_ID = re.compile(r"[a-f0-9]{32}")


@app.get("/artwork/proxy")
def artwork_proxy(art_id: str, size: int = 300):
    if not ART_ID.fullmatch(art_id) or size not in (64, 300, 640):
        raise HTTPException(400)
    r = requests.get(f"{CDN}/{art_id}/{size}.jpg", timeout=10, allow_redirects=False)
    if r.status_code != 200:
        raise HTTPException(502)
    return Response(content=r.content, media_type="image/jpeg")
