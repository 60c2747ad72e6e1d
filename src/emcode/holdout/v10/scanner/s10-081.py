import json
import requests


def deliver_webhook(target_url, event, payload):
    body = json.dumps({"event": event, "data": payload})
    r = requests.post(target_url, data=body, headers={"Content-Type": "application/json"}, timeout=10)
    return r.status_code
