import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
GEO_URL = "https://geocode.mapsvc.example/v1/search"


@app.get("/branches/near")
def branches_near():
    postcode = request.args.get("postcode", "")
    r = requests.get(GEO_URL, params={"q": postcode, "key": os.environ["GEO_KEY"]}, timeout=5)
    r.raise_for_status()
    lat, lon = r.json()["lat"], r.json()["lon"]
    return jsonify(lat=lat, lon=lon)
