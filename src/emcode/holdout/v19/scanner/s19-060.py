from fastapi import FastAPI
from fastapi.responses import Response
import httpx

app = FastAPI()


@app.get("/img-proxy")
async def img_proxy(host: str, path: str):
    upstream = f"http://{host}/{path.lstrip('/')}"
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(upstream)
    return Response(content=r.content, media_type=r.headers.get("content-type", "application/octet-stream"))
