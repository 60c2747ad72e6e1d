import json
import urllib.request


def dispatch_webhook(callback_url, event):
    req = urllib.request.Request(callback_url, data=json.dumps(event).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status
