import os
import sys

import requests


def forecast(city: str) -> dict:
    key = os.environ.get("WEATHER_API_KEY")
    if not key:
        sys.exit("set WEATHER_API_KEY first")
    resp = requests.get("https://api.weather.example/v1/forecast", params={"q": city, "key": key}, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(forecast(sys.argv[1]))
