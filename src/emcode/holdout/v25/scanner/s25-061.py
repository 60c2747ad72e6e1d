import ipaddress
import socket
from urllib.parse import urlsplit
import httpx


def is_public_https(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            return False
    return True


def fire_hook(url: str, event: dict) -> int:
    if not is_public_https(url):
        raise ValueError("webhook must be a public https URL")
    with httpx.Client(timeout=5, follow_redirects=False) as client:
        return client.post(url, json=event).status_code
