from urllib.parse import urlparse

import requests


def notify_vendor(webhook_url, registered_hosts, payload):
    parts = urlparse(webhook_url)
    if parts.scheme != "https" or parts.hostname not in registered_hosts:
        raise ValueError("webhook host not registered")
    return requests.post(webhook_url, json=payload, timeout=5, allow_redirects=False).status_code
