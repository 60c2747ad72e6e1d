import re

import requests

ALLOWED_DOMAIN = "hooks.example.com"


def deliver(event: dict, target_url: str) -> int:
    pattern = "https://.*" + ALLOWED_DOMAIN
    if not re.search(pattern, target_url):
        raise ValueError("target not allowed")
    resp = requests.post(target_url, json=event, timeout=5)
    return resp.status_code
