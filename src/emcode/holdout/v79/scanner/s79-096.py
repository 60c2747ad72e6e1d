import os

import requests


def wind_forecast(lat, lon):
    token = os.environ["MET_API_TOKEN"]
    r = requests.get(
        "https://api.metservice.example/forecast",
        params={"lat": lat, "lon": lon},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()
