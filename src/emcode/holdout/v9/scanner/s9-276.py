import ipaddress
import socket
from urllib.parse import urlparse

import httpx


def send_webhook(endpoint: str, event: dict) -> int:
    parts = urlparse(endpoint)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("https endpoint required")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise ValueError("endpoint resolves to an internal address")
    return httpx.post(endpoint, json=event, timeout=5, follow_redirects=False).status_code
