from urllib.parse import urlparse
import requests

ALLOWED_WEBHOOK_HOSTS = {"hooks.slack.com", "discord.com"}


def send_alert(webhook_url: str, text: str) -> int:
    parts = urlparse(webhook_url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_WEBHOOK_HOSTS:
        raise ValueError("webhook host not allowed")
    resp = requests.post(webhook_url, json={"text": text}, timeout=5)
    return resp.status_code
