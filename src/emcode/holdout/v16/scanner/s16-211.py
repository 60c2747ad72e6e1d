import re
import requests
from urllib.parse import urlparse

TRUSTED_DOMAIN = "hooks.slack.com"
HOST_PATTERN = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(TRUSTED_DOMAIN))


def deliver(webhook_url: str, text: str) -> int:
    parts = urlparse(webhook_url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not HOST_PATTERN.fullmatch(host):
        raise ValueError("webhook host not allowed")
    r = requests.post(webhook_url, json={"text": text}, timeout=5)
    return r.status_code


if __name__ == "__main__":
    import sys
    print(deliver(sys.argv[1], "build finished"))
