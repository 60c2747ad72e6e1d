import requests


def deliver_inspection_webhook(callback_url, event):
    if not callback_url.startswith(("http://", "https://")):
        raise ValueError("unsupported scheme")
    return requests.post(callback_url, json=event, timeout=5).status_code
