import json
import urllib.parse
import urllib.request

GATEWAYS = {
    "north": "https://north.fuel-gateway.example.com",
    "south": "https://south.fuel-gateway.example.com",
}


def card_balance(region, card_no):
    base = GATEWAYS[region]
    url = f"{base}/cards/{urllib.parse.quote(card_no, safe='')}/balance"
    with urllib.request.urlopen(url, timeout=5) as r:
        return json.load(r)
