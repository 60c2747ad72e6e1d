import requests


def fetch_status(url: str, ca_bundle: str = "/etc/ssl/certs/internal-ca.pem"):
    resp = requests.get(url, verify=ca_bundle, timeout=5)
    return resp.status_code, resp.text[:200]
