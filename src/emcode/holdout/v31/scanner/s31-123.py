import requests

_BASE = "https://api.fitness-weather.example/v1/forecast"


def forecast_for_run(lat, lon):
    lat, lon = float(lat), float(lon)
    r = requests.get(_BASE, params={"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, timeout=5)
    r.raise_for_status()
    return r.json()["hourly"][:6]
