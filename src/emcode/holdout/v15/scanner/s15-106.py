import requests

INTERNAL_CA = "/etc/ssl/certs/corp-root.pem"


def fetch_status(base_url, token):
    r = requests.get(base_url + "/health", headers={"Authorization": "Bearer " + token},
                     verify=INTERNAL_CA, timeout=5)
    r.raise_for_status()
    return r.json()
