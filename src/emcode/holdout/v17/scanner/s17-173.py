import os

import requests

API = "https://api.openweather.example/data/2.5/weather"


def weather_reply(city: str) -> str:
    r = requests.get(API, params={"q": city[:80], "appid": os.environ["OWM_KEY"], "units": "metric"}, timeout=5)
    if r.status_code != 200:
        return "Sorry, I could not find that city."
    data = r.json()
    return f"{data['name']}: {data['main']['temp']:.0f}°C, {data['weather'][0]['description']}"


def on_message(text: str) -> str | None:
    if text.startswith("!weather "):
        return weather_reply(text.split(" ", 1)[1])
    return None
