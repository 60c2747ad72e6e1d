from urllib.parse import quote

import requests

PARTNERS = {
    "rightmove": "feeds.partner-one.example",
    "zoopla": "api.partner-two.example",
}


def fetch_partner_feed(partner, listing_id):
    host = PARTNERS[partner]
    url = f"https://{host}/listings/{quote(str(listing_id), safe='')}"
    resp = requests.get(url, timeout=10, allow_redirects=False)
    resp.raise_for_status()
    return resp.json()
