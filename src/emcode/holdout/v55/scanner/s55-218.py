import requests

GEOCODER = "https://geocode.maps.example/v1/search"


def geocode_trap_site(place_name, api_key):
    r = requests.get(GEOCODER, params={"q": place_name, "key": api_key}, timeout=10)
    r.raise_for_status()
    hit = r.json()["results"][0]
    return hit["lat"], hit["lon"]
