from urllib.parse import quote

import httpx

PARTNERS = {
    "LH": "api.lufthansa-baggage.example",
    "BA": "bags.ba-partner.example",
    "AF": "baggage.airfrance-partner.example",
}


def lookup_partner_bag(airline: str, tag: str) -> dict:
    host = PARTNERS[airline.upper()]
    with httpx.Client(timeout=8.0) as client:
        r = client.get(f"https://{host}/baggage/v1/bags/{quote(tag, safe='')}")
        r.raise_for_status()
        return r.json()
