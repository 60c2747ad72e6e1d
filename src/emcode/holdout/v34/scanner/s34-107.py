from urllib.parse import quote

import requests

BASE = "https://registry.permits.city.example/v2/parcels/"


def parcel_details(parcel_code):
    resp = requests.get(BASE + quote(parcel_code, safe=""), timeout=8)
    resp.raise_for_status()
    return resp.json()
