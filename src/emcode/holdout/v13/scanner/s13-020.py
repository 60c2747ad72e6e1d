import re
import requests

DOMAIN = "hooks.slack.com"

def post_alert(webhook_url: str, text: str) -> int:
    pattern = "https://{}/".format(DOMAIN)
    if not re.search(pattern, webhook_url):
        raise ValueError("not a slack webhook")
    r = requests.post(webhook_url, json={"text": text}, timeout=5)
    return r.status_code
