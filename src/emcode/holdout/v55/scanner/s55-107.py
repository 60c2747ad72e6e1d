import requests
from flask import Flask, jsonify, request, abort

app = Flask(__name__)
WEATHER_API = "https://api.marine-weather.example.com/v1/forecast"


@app.route("/sailings/<route>/weather")
def weather(route):
    ports = {"OBN-CRA": (56.41, -5.47), "ULL-STY": (57.90, -5.16)}
    if route not in ports:
        abort(404)
    lat, lon = ports[route]
    r = requests.get(WEATHER_API, params={"lat": lat, "lon": lon, "hours": request.args.get("hours", "12")}, timeout=8)
    r.raise_for_status()
    data = r.json()
    return jsonify({"route": route, "wind_kn": data.get("wind_kn"), "wave_m": data.get("wave_m")})
