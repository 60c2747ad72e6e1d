import os

import requests


def eta_minutes(origin, dest):
    r = requests.get(
        "https://maps.googleapis.com/maps/api/distancematrix/json",
        params={"origins": origin, "destinations": dest, "key": os.environ["MAPS_API_KEY"]},
        timeout=5,
    )
    return r.json()["rows"][0]["elements"][0]["duration"]["value"] // 60
