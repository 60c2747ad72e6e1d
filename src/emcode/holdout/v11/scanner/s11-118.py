import ipaddress
import socket
from urllib.parse import urlparse

import requests


def public_https_url(url: str) -> bool:
    p = urlparse(url)
    if p.scheme != "https" or not p.hostname:
        return False
    for info in socket.getaddrinfo(p.hostname, p.port or 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            return False
    return True


def deliver(url: str, event: dict) -> int:
    if not public_https_url(url):
        raise ValueError("webhook must be a public https URL")
    return requests.post(url, json=event, timeout=5, allow_redirects=False).status_code
