import re

import requests

CONFIG = {"callback_hosts": ["hooks.ci.internal", "deploy.ci.internal"]}


def allowed(url: str) -> bool:
    for host in CONFIG["callback_hosts"]:
        pattern = "^https?://" + host
        if re.match(pattern, url):
            return True
    return False


def notify(url: str, payload: dict) -> int:
    if not allowed(url):
        raise PermissionError(url)
    return requests.post(url, json=payload, timeout=5).status_code
