import requests


def notify_subscriber(callback_url: str, event: dict) -> int:
    resp = requests.post(callback_url, json=event, timeout=5)
    return resp.status_code
