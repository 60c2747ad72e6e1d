import ipaddress
import json
import socket
from urllib.parse import urlsplit

import requests


def _is_public(host: str) -> bool:
    try:
        addrs = {ai[4][0] for ai in socket.getaddrinfo(host, None)}
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(a).is_global for a in addrs)


def send_webhook(url: str, payload: dict) -> int:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or not _is_public(parts.hostname):
        raise ValueError("webhook target must be a public https host")
    r = requests.post(url, data=json.dumps(payload), timeout=5, allow_redirects=False,
                      headers={"Content-Type": "application/json"})
    return r.status_code
