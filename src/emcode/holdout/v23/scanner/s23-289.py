import re
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Link(BaseModel):
    url: str


@app.post("/chat/preview")
async def preview(link: Link):
    async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
        resp = await client.get(link.url)
    m = re.search(r"<title>(.*?)</title>", resp.text, re.S)
    return {"title": m.group(1).strip() if m else None}
