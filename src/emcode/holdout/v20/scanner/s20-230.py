import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/weather")
def weather(city: str, region: str = "eu"):
    upstream = "https://" + region + ".weather.example.com/v1/current"
    r = requests.get(upstream, params={"q": city}, timeout=5)
    return r.json()
