import os
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
GEOCODER = "https://geocode.example.com/v1/search"


@app.get("/geocode")
def geocode():
    params = {"q": request.args.get("q", "")[:200], "key": os.environ["GEO_KEY"]}
    r = requests.get(GEOCODER, params=params, timeout=8)
    r.raise_for_status()
    return jsonify(r.json().get("results", [])[:5])
