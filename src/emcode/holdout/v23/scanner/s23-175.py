from urllib.parse import urlparse

import requests

PARTNER_HOSTS = frozenset({"hooks.partner-a.com", "events.partner-b.io"})


def notify_subscriber(callback_url: str, event: dict) -> int:
    parts = urlparse(callback_url)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        raise ValueError("callback host is not an approved partner")
    resp = requests.post(callback_url, json=event, timeout=5, allow_redirects=False)
    return resp.status_code
