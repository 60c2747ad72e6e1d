import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
GEOCODER = "https://geocode.maps.example.com/search"
GEO_KEY = os.environ["GEOCODER_KEY"]


@app.get("/shops/near")
def shops_near():
    address = request.args.get("address", "").strip()
    if not address or len(address) > 200:
        return jsonify(error="address required"), 400
    r = requests.get(GEOCODER, params={"q": address, "format": "json", "limit": 1, "key": GEO_KEY}, timeout=10)
    r.raise_for_status()
    hits = r.json()
    if not hits:
        return jsonify(results=[])
    lat, lon = float(hits[0]["lat"]), float(hits[0]["lon"])
    return jsonify(origin={"lat": lat, "lon": lon}, results=[])
