import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
GEOCODER = "https://geocode.maps.example/v1/search"


@app.route("/stations/near")
def near():
    address = request.args.get("address", "")
    r = requests.get(GEOCODER, params={"q": address, "limit": 1}, timeout=5)
    r.raise_for_status()
    hits = r.json()
    if not hits:
        return jsonify(error="address not found"), 404
    return jsonify(lat=hits[0]["lat"], lon=hits[0]["lon"])
