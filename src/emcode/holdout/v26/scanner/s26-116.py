import os
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
API_KEY = os.environ["WEATHER_KEY"]


@app.get("/weather")
def weather():
    try:
        city_id = int(request.args["city"])
    except (KeyError, ValueError):
        return jsonify(error="city must be a numeric id"), 400
    r = requests.get("https://api.weather.example/v3/current",
                     params={"id": city_id, "key": API_KEY}, timeout=5)
    return jsonify(r.json())
