import re
import requests

ALLOWED_HOSTS = ["hooks.slack.com", "api.partner.io"]
pattern = "(" + "|".join(ALLOWED_HOSTS) + ")"
CALLBACK_RE = re.compile("^https://" + pattern)


def deliver(callback_url, event):
    if not CALLBACK_RE.match(callback_url):
        raise ValueError("callback host not allowed")
    requests.post(callback_url, json=event, timeout=5)
