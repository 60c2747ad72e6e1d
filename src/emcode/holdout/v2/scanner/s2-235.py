import ipaddress
import socket
from urllib.parse import urlsplit

import requests


def fetch_public(url: str) -> bytes:
    """Download url if it is an http(s) URL whose host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("http(s) URL required")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError(f"{parts.hostname} resolves to a non-public address")
    resp = requests.get(url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    return resp.content[:1_000_000]
