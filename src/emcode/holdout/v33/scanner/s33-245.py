import os

import requests
from flask import Flask, request

app = Flask(__name__)
GEOCODER = "https://geocode.maps.example.com/v1/search"


@app.route("/venue/geocode")
def geocode():
    address = request.args.get("address", "")
    r = requests.get(GEOCODER, params={"q": address, "limit": 1, "key": os.environ["GEOCODER_KEY"]}, timeout=8)
    r.raise_for_status()
    hits = r.json().get("features", [])
    if not hits:
        return {"found": False}
    lon, lat = hits[0]["geometry"]["coordinates"]
    return {"found": True, "lat": lat, "lon": lon}
