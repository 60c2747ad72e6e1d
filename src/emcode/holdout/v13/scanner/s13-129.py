import ipaddress
import socket
from urllib.parse import urlparse
import requests

def check_webhook(url: str) -> int:
    p = urlparse(url)
    if p.scheme != "https" or not p.hostname:
        raise ValueError("https URL required")
    for info in socket.getaddrinfo(p.hostname, 443):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("internal address")
    return requests.head(url, timeout=5, allow_redirects=False).status_code
