import requests


def notify_partner(partner_host, path, payload):
    url = f"http://{partner_host}/{path.lstrip('/')}"
    r = requests.post(url, json=payload, timeout=5)
    return r.status_code
