import re
import requests

ALLOWED_WEBHOOK_DOMAINS = ["hooks.slack.com", "discord.com"]


def send_alert(webhook_url: str, text: str) -> int:
    pattern = re.compile(r"https://(%s)/" % "|".join(ALLOWED_WEBHOOK_DOMAINS))
    if not pattern.search(webhook_url):
        raise ValueError("webhook host not allowed")
    resp = requests.post(webhook_url, json={"text": text}, timeout=5)
    return resp.status_code
