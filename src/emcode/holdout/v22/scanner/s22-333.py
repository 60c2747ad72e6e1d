import ipaddress
import socket
from urllib.parse import urlparse

import httpx


def _public(host: str) -> bool:
    for info in socket.getaddrinfo(host, None):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            return False
    return True


def fetch_title(link: str) -> str | None:
    parts = urlparse(link)
    if parts.scheme not in ("http", "https") or not parts.hostname or not _public(parts.hostname):
        raise ValueError("link not allowed")
    page = httpx.get(link, timeout=4.0, follow_redirects=False).text
    start, end = page.find("<title>"), page.find("</title>")
    return page[start + 7:end] if 0 <= start < end else None
