import os

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
API = "https://api.openweathermap.org/data/2.5/weather"


@app.route("/pitch-conditions")
def pitch_conditions():
    city = request.args.get("city")
    if not city:
        abort(400)
    r = requests.get(API, params={"q": city, "appid": os.environ["OWM_KEY"], "units": "metric"}, timeout=8)
    if r.status_code != 200:
        return jsonify(error="weather unavailable"), 502
    w = r.json()
    playable = w["main"]["temp"] > -2 and w.get("rain", {}).get("1h", 0) < 5
    return jsonify(city=city, temp=w["main"]["temp"], playable=playable)
