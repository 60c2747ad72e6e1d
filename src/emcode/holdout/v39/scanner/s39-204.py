import requests


def geocode(address, api_key):
    r = requests.get("https://geocode.maps.example/v1/search",
                     params={"q": address, "key": api_key, "limit": 1}, timeout=10)
    r.raise_for_status()
    hits = r.json()
    return (hits[0]["lat"], hits[0]["lon"]) if hits else None
