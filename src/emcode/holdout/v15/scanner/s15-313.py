import requests


def fetch_status(base_url, token):
    r = requests.get(base_url + "/health", headers={"Authorization": "Bearer " + token},
                     verify=False, timeout=5)
    return r.json()
