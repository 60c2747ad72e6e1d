import requests


def push_reading(url, payload, verify=False):
    r = requests.post(url, json=payload, timeout=10, verify=verify)
    r.raise_for_status()
    return r.status_code
