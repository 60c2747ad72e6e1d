from enum import Enum
from urllib.parse import quote

import httpx
from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()


class Cdn(str, Enum):
    assets = "assets"
    avatars = "avatars"


BASES = {Cdn.assets: "https://assets.cdn.example.com/", Cdn.avatars: "https://avatars.cdn.example.com/"}


@app.get("/img/{cdn}/{path:path}")
async def img_proxy(cdn: Cdn, path: str):
    upstream = BASES[cdn] + quote(path.lstrip("/"), safe="/")
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        r = await client.get(upstream)
    return Response(r.content, media_type="image/png")
