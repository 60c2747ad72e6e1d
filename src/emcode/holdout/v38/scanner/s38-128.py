import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/snow")
def snow():
    lat = request.args.get("lat", type=float)
    lon = request.args.get("lon", type=float)
    if lat is None or lon is None:
        return {"error": "lat and lon required"}, 400
    r = requests.get(
        "https://api.open-meteo.com/v1/forecast",
        params={"latitude": lat, "longitude": lon, "hourly": "snowfall"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()
