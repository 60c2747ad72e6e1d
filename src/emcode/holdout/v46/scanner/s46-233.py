from urllib.parse import quote

import requests

API = "https://api.instrument-registry.example"


def lookup_serial(serial):
    r = requests.get(f"{API}/v2/serials/{quote(serial, safe='')}", timeout=10)
    r.raise_for_status()
    return r.json()
