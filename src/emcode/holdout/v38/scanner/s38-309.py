import requests

GEOCODER = "https://geocode.gridco.example/v1/search"


def geocode(address):
    r = requests.get(GEOCODER, params={"q": address, "limit": 1}, timeout=5)
    r.raise_for_status()
    hits = r.json()
    return (hits[0]["lat"], hits[0]["lon"]) if hits else None
