import os

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/field-weather")
def field_weather():
    try:
        lat = float(request.args["lat"])
        lon = float(request.args["lon"])
    except (KeyError, ValueError):
        return {"error": "lat and lon required"}, 400
    r = requests.get(
        "https://api.weather.example/v1/forecast",
        params={"lat": lat, "lon": lon, "key": os.environ["WEATHER_KEY"]},
        timeout=8,
    )
    r.raise_for_status()
    return r.json()
