import urllib.request
import json


def card_balance(region, card_no):
    url = f"http://{region}.fuel-gateway.internal/cards/{card_no}/balance"
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.load(r)
