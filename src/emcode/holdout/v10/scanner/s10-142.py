import ipaddress
import json
import socket
from urllib.parse import urlparse
import requests


def deliver_webhook(target_url: str, event: str, payload: dict) -> int:
    parts = urlparse(target_url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("webhook must be https")
    for *_, sockaddr in socket.getaddrinfo(parts.hostname, 443):
        if not ipaddress.ip_address(sockaddr[0]).is_global:
            raise ValueError("webhook host resolves to a private address")
    r = requests.post(target_url, data=json.dumps({"event": event, "data": payload}),
                      headers={"Content-Type": "application/json"}, timeout=10, allow_redirects=False)
    return r.status_code
