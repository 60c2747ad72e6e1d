import os

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
WEATHER = "https://api.open-meteo.com/v1/forecast"


@app.get("/apiary/forecast")
def forecast():
    try:
        lat = float(request.args["lat"])
        lon = float(request.args["lon"])
    except (KeyError, ValueError):
        abort(400)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        abort(400)
    r = requests.get(WEATHER, params={"latitude": lat, "longitude": lon, "hourly": "temperature_2m"}, timeout=8)
    r.raise_for_status()
    return jsonify(r.json().get("hourly", {}))
