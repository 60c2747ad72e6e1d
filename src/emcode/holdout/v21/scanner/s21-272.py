import ipaddress
import socket
from urllib.parse import urlsplit
import requests


def deliver(url: str, payload: dict) -> int:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("webhook must be an https URL")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("webhook host resolves to a non-public address")
    return requests.post(url, json=payload, timeout=5, allow_redirects=False).status_code
