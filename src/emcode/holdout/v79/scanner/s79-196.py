import requests

MET_API_TOKEN = "mtk_4f9a2c71b0e84d5a9c3e11f2"


def wind_forecast(lat, lon):
    r = requests.get(
        "https://api.metservice.example/forecast",
        params={"lat": lat, "lon": lon},
        headers={"Authorization": f"Bearer {MET_API_TOKEN}"},
        timeout=10,
    )
    return r.json()
