import sys

import requests

API_KEY = "9f2c1e7ab04d4c55a8e3b1f6d2c07e91"


def forecast(city: str) -> dict:
    resp = requests.get("https://api.weather.example/v1/forecast",
                        params={"q": city, "key": API_KEY}, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(forecast(sys.argv[1]))
