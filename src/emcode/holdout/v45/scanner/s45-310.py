import json
import urllib.request


def notify_webhook(callback_url, booking):
    req = urllib.request.Request(
        callback_url,
        data=json.dumps(booking).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=5) as r:
        return r.status
