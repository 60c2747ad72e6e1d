import ipaddress
import socket
from urllib.parse import urlparse
import requests


def is_public(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, 443)
    except socket.gaierror:
        return False
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            return False
    return True


def deliver(webhook_url: str, event: dict) -> int:
    parts = urlparse(webhook_url)
    if parts.scheme != "https" or not parts.hostname or not is_public(parts.hostname):
        raise ValueError("webhook must be a public https URL")
    resp = requests.post(webhook_url, json=event, timeout=5, allow_redirects=False)
    return resp.status_code
