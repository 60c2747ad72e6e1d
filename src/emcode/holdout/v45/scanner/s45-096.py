from urllib.parse import quote

import requests

MANIFEST_API = "https://manifests.ferryco.example/api/manifests/"


def fetch_manifest(sailing_id):
    url = MANIFEST_API + quote(str(sailing_id), safe="")
    r = requests.get(url, timeout=5)
    r.raise_for_status()
    return r.json()
