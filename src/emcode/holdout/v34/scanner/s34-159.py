import os

import requests
from flask import Flask, request

app = Flask(__name__)
GEOCODER = "https://geocode.city.example/v1/search"


@app.route("/permits/locate")
def locate():
    address = request.args.get("address", "")[:200]
    r = requests.get(GEOCODER, params={"q": address, "limit": 1},
                     headers={"X-Key": os.environ["GEOCODER_KEY"]}, timeout=8)
    r.raise_for_status()
    hits = r.json().get("features", [])
    if not hits:
        return {"found": False}
    lon, lat = hits[0]["geometry"]["coordinates"]
    return {"found": True, "lat": lat, "lon": lon}
