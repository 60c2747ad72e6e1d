from urllib.parse import quote
from urllib.request import urlopen
from fastapi import FastAPI, HTTPException, Response

app = FastAPI()
CDNS = {"eu": "https://cdn-eu.example.com", "us": "https://cdn-us.example.com"}


@app.get("/proxy/img")
def proxy(region: str, path: str):
    base = CDNS.get(region)
    if base is None:
        raise HTTPException(400, "unknown region")
    upstream = base + "/" + quote(path.lstrip("/"), safe="/")
    data = urlopen(upstream, timeout=5).read()
    return Response(content=data, media_type="image/png")
