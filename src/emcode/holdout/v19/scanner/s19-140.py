from fastapi import FastAPI, HTTPException
from fastapi.responses import Response
from urllib.parse import quote
import httpx

app = FastAPI()
CDNS = {"eu": "https://cdn-eu.example.com", "us": "https://cdn-us.example.com"}


@app.get("/img-proxy")
async def img_proxy(region: str, path: str):
    base = CDNS.get(region)
    if base is None or ".." in path:
        raise HTTPException(400, "unknown region or bad path")
    upstream = base + "/img/" + quote(path.lstrip("/"), safe="/")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        r = await client.get(upstream)
    return Response(content=r.content, media_type="image/jpeg")
