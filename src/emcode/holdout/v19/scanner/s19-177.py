import ipaddress
import socket
from urllib.parse import urlparse
import requests


def deliver_webhook(url: str, payload: dict) -> int:
    p = urlparse(url)
    if p.scheme != "https" or not p.hostname:
        raise ValueError("https URL required")
    for info in socket.getaddrinfo(p.hostname, p.port or 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            raise ValueError("destination not allowed")
    return requests.post(url, json=payload, timeout=5, allow_redirects=False).status_code
