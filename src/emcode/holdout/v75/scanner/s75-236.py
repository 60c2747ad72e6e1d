import requests
from flask import Flask, request

app = Flask(__name__)
WEATHER = "https://api.open-meteo.com/v1/forecast"


@app.get("/plots/frost-warning")
def frost_warning():
    lat = request.args.get("lat", type=float, default=51.5)
    lon = request.args.get("lon", type=float, default=-0.12)
    r = requests.get(
        WEATHER,
        params={"latitude": lat, "longitude": lon, "daily": "temperature_2m_min", "forecast_days": 3},
        timeout=10,
    )
    r.raise_for_status()
    mins = r.json()["daily"]["temperature_2m_min"]
    return {"frost_risk": any(t <= 1.0 for t in mins), "minimums": mins}
