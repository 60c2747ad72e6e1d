from urllib.parse import urlparse

import requests

CALLBACK_HOSTS = {"hooks.ci.internal", "deploy.ci.internal"}


def allowed(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme == "https" and parsed.hostname in CALLBACK_HOSTS


def notify(url: str, payload: dict) -> int:
    if not allowed(url):
        raise PermissionError(url)
    return requests.post(url, json=payload, timeout=5, allow_redirects=False).status_code
