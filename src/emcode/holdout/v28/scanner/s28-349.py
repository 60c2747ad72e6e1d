import requests


def geocode_port(name, api_key="gk_live_7f2c91e04ab84d63b5a1"):
    r = requests.get("https://geo.mapdata.example/v1/search",
                     params={"q": name, "key": api_key}, timeout=10)
    r.raise_for_status()
    return r.json()["results"][0]["location"]
