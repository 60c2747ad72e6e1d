import requests

API_KEY = "wx_live_7f3c9a1e5b2d48f0a6c1"


def forecast(lat, lon):
    r = requests.get(
        "https://api.weather.example/v1/forecast",
        params={"lat": lat, "lon": lon, "key": API_KEY},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(forecast(48.1, 11.6)["hourly"][:3])
