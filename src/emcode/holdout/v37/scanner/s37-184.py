import os

import requests


def fetch_forecast(lat, lon):
    r = requests.get(
        "https://api.open-meteo.com/v1/forecast",
        params={"latitude": lat, "longitude": lon, "hourly": "wind_speed_10m"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["hourly"]["wind_speed_10m"][:6]


if __name__ == "__main__":
    print(fetch_forecast(float(os.environ.get("LAT", "52.37")), float(os.environ.get("LON", "4.89"))))
