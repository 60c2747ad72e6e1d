import json
import urllib.request
from urllib.parse import urlsplit

ALLOWED_HOSTS = {"hooks.slack.com", "outlook.office.com"}


def dispatch_webhook(callback_url, event):
    parts = urlsplit(callback_url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("callback host not allowed")
    req = urllib.request.Request(callback_url, data=json.dumps(event).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status
