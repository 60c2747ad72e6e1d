from urllib.parse import quote

import requests

API = "https://api.dvla-lookup.example.com/v2/vehicles/"


def vehicle_details(plate, timeout=10):
    url = API + quote(plate.replace(" ", "").upper(), safe="")
    resp = requests.get(url, timeout=timeout)
    resp.raise_for_status()
    return resp.json()
