import os

import requests
from flask import Flask, request

app = Flask(__name__)
API_KEY = os.environ["MARINE_WX_KEY"]


@app.get("/weather")
def weather():
    lat = request.args.get("lat", type=float)
    lon = request.args.get("lon", type=float)
    if lat is None or lon is None:
        return {"error": "lat and lon required"}, 400
    r = requests.get(
        "https://api.marinewx.example/v1/forecast",
        params={"lat": lat, "lon": lon, "key": API_KEY},
        timeout=10,
    )
    r.raise_for_status()
    data = r.json()
    return {"wave_m": data["wave_height"], "wind_kn": data["wind_speed"]}
