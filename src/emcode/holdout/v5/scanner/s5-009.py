import re
import requests

def post_webhook(url: str, payload: dict, domain: str = "hooks.slack.com") -> int:
    rx = re.compile(f"^https://{domain}")
    if not rx.match(url):
        raise ValueError("not allowed")
    return requests.post(url, json=payload, timeout=5).status_code
