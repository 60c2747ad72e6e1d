import os

import requests


def list_drones():
    key = os.environ["FLEET_API_KEY"]
    r = requests.get("https://api.fleetops.example.com/v1/drones",
                     headers={"X-Api-Key": key}, timeout=10)
    r.raise_for_status()
    return r.json()
