import json
import urllib.request


def notify_webhook(webhook_url, booking):
    req = urllib.request.Request(
        webhook_url,
        data=json.dumps(booking).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status
