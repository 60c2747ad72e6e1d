import requests


def pull_parish_register(base_url, parish_id):
    r = requests.get(base_url.rstrip("/") + "/registers/" + str(parish_id), timeout=15)
    r.raise_for_status()
    return r.json()
