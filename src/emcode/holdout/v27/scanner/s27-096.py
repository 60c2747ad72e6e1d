import re
import requests

TRUSTED_DOMAIN = "api.coldchain.io"


def forward_alert(webhook_url: str, alert: dict) -> bool:
    pattern = r"https://" + TRUSTED_DOMAIN
    if not re.match(pattern, webhook_url):
        return False
    requests.post(webhook_url, json=alert, timeout=5)
    return True
