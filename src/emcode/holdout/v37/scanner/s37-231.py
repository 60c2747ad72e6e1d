import requests

FLEET_API_KEY = "fk_live_7d3c1a9b04e24f6f8c2a5b1e9d0c7f31"


def list_drones():
    r = requests.get("https://api.fleetops.example.com/v1/drones",
                     headers={"X-Api-Key": FLEET_API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()
