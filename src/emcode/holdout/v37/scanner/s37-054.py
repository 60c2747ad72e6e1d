import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
GEOCODER = "https://nominatim.openstreetmap.org/search"


@app.get("/geocode")
def geocode():
    address = request.args.get("address", "")
    r = requests.get(GEOCODER, params={"q": address, "format": "json", "limit": 1},
                     headers={"User-Agent": "drone-delivery-demo"}, timeout=10)
    r.raise_for_status()
    hits = r.json()
    if not hits:
        return jsonify(error="not found"), 404
    return jsonify(lat=float(hits[0]["lat"]), lon=float(hits[0]["lon"]))
