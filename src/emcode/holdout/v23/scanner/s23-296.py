import ipaddress
import re
import socket
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Link(BaseModel):
    url: str


def check_public(url: str) -> None:
    p = urlparse(url)
    if p.scheme not in ("http", "https") or not p.hostname or p.port not in (None, 80, 443):
        raise HTTPException(400, "unsupported URL")
    for *_, sockaddr in socket.getaddrinfo(p.hostname, None):
        if not ipaddress.ip_address(sockaddr[0]).is_global:
            raise HTTPException(400, "internal addresses are not allowed")


@app.post("/chat/preview")
async def preview(link: Link):
    check_public(link.url)
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(link.url)
    m = re.search(r"<title>([^<]{0,200})</title>", resp.text)
    return {"title": m.group(1).strip() if m else None}
