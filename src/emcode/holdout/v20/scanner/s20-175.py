import os

import requests
from fastapi import FastAPI

app = FastAPI()
API = "https://api.weather.example.com/v1/current"


@app.get("/weather")
def weather(city: str):
    r = requests.get(API, params={"q": city, "key": os.environ["WEATHER_KEY"]}, timeout=5)
    r.raise_for_status()
    data = r.json()
    return {"city": city, "temp_c": data.get("temp_c")}
