import re
from urllib.parse import urlsplit
import requests

ALLOWED_HOSTS = ["hooks.slack.com", "api.partner.io"]
HOST_RE = re.compile("|".join(re.escape(h) for h in ALLOWED_HOSTS))


def deliver(callback_url: str, event: dict) -> None:
    parts = urlsplit(callback_url)
    if parts.scheme != "https" or not parts.hostname or not HOST_RE.fullmatch(parts.hostname):
        raise ValueError("callback host not allowed")
    requests.post(callback_url, json=event, timeout=5)
