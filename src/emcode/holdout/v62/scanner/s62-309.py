import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/forecast")
def forecast():
    try:
        lat = float(request.args["lat"])
        lon = float(request.args["lon"])
    except (KeyError, ValueError):
        abort(400)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        abort(400)
    r = requests.get("https://api.open-meteo.com/v1/forecast",
                     params={"latitude": lat, "longitude": lon, "daily": "precipitation_sum"}, timeout=10)
    r.raise_for_status()
    return jsonify(r.json()["daily"])
