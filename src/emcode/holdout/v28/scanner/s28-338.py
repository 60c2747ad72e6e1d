import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
WEATHER = "https://api.marine-weather.example/v1/forecast"


@app.get("/ports/weather")
def port_weather():
    lat = float(request.args["lat"])
    lon = float(request.args["lon"])
    r = requests.get(WEATHER, params={"lat": lat, "lon": lon, "hours": 48}, timeout=10)
    r.raise_for_status()
    return jsonify(r.json()["wind"])
