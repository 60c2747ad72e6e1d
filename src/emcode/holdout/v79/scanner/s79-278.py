from urllib.parse import quote

import requests

API = "https://api.openfoodfacts.example/product/"


def product_info(barcode):
    if not barcode.isdigit() or len(barcode) > 14:
        raise ValueError("barcode must be digits")
    r = requests.get(API + quote(barcode), timeout=8)
    r.raise_for_status()
    return r.json()
