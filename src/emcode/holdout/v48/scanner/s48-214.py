import ipaddress
import socket
from urllib.parse import urlparse

import httpx

WEBHOOK_HOSTS = {"hooks.tutorhub.com", "notify.tutorhub.com"}


def notify_booking_webhook(webhook_url, booking):
    p = urlparse(webhook_url)
    if p.scheme != "https" or p.hostname not in WEBHOOK_HOSTS:
        raise ValueError("webhook host not allowed")
    for info in socket.getaddrinfo(p.hostname, 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("webhook resolves to a private address")
    with httpx.Client(timeout=3.0, follow_redirects=False) as client:
        r = client.post(webhook_url, json=booking)
    return r.status_code
