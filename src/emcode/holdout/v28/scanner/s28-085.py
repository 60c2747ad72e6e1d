import requests
from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

app = FastAPI()


@app.get("/artwork/proxy")
def artwork_proxy(url: str):
    r = requests.get(url, timeout=10)
    if r.status_code != 200:
        raise HTTPException(502)
    return Response(content=r.content, media_type=r.headers.get("content-type", "image/jpeg"))
