import httpx

WEATHER = "https://weather.minesite.example/api/weather"


def site_weather(lat: float, lon: float):
    return httpx.get(WEATHER, params={"lat": float(lat), "lon": float(lon)}, timeout=3).json()
