import logging
import os
import requests

log = logging.getLogger("weather")
API_KEY = os.environ["WEATHER_API_KEY"]


def mask(secret: str) -> str:
    return secret[:2] + "***" if secret else ""


def forecast(city: str) -> dict:
    params = {"q": city, "appid": API_KEY, "units": "metric"}
    r = requests.get("https://api.openweathermap.org/data/2.5/weather", params=params, timeout=10)
    log.info("weather city=%r status=%s key=%s", city, r.status_code, mask(API_KEY))
    r.raise_for_status()
    return r.json()
