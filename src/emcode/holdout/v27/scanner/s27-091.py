import requests
from flask import Flask, request, abort

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
    r = requests.get("https://api.weather.example/v1/forecast", params={"lat": lat, "lon": lon}, timeout=5)
    return r.json()
