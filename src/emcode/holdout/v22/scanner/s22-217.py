import re
from urllib.parse import urlsplit

import requests

ALLOWED_DOMAIN = "hooks.example.com"
HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(ALLOWED_DOMAIN))


def deliver(event: dict, target_url: str) -> int:
    parts = urlsplit(target_url)
    if parts.scheme != "https" or not HOST_RE.fullmatch(parts.hostname or ""):
        raise ValueError("target not allowed")
    resp = requests.post(target_url, json=event, timeout=5, allow_redirects=False)
    return resp.status_code
