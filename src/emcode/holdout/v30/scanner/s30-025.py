import ipaddress
import socket
from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()


def _public_https(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


@app.get("/validate-feed")
async def validate_feed(url: str):
    if not _public_https(url):
        raise HTTPException(400, "feed must be a public https URL")
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        r = await client.get(url)
    ok = r.status_code == 200 and b"<rss" in r.content[:2048]
    return {"valid": ok}
