import requests


def fetch_status(url):
    resp = requests.get(url, verify=False, timeout=5)
    return resp.status_code, resp.text[:200]
