import os
import requests

API = "https://api.weather.example/v2/forecast"


def irradiance_forecast(lat: float, lon: float, hours: int = 24) -> list[float]:
    lat, lon = float(lat), float(lon)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("coordinates out of range")
    r = requests.get(API, params={"lat": lat, "lon": lon, "hours": min(int(hours), 72), "fields": "ghi"},
                     headers={"X-Api-Key": os.environ["WEATHER_KEY"]}, timeout=10)
    r.raise_for_status()
    return [float(x) for x in r.json()["ghi"]]
