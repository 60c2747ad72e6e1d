import httpx
from fastapi import FastAPI
from fastapi.responses import Response
from pydantic import BaseModel

app = FastAPI()


class ImgReq(BaseModel):
    host: str
    path: str


@app.post("/img-proxy")
async def img_proxy(req: ImgReq):
    upstream = f"http://{req.host}/{req.path.lstrip('/')}"
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(upstream)
    return Response(r.content, media_type=r.headers.get("content-type", "application/octet-stream"))
