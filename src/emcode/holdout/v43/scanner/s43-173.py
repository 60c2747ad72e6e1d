import requests
from flask import Flask, jsonify

app = Flask(__name__)
VENUE_API = "https://api.venues.example"


@app.get("/venues/<int:venue_id>/availability")
def availability(venue_id):
    r = requests.get(f"{VENUE_API}/venues/{venue_id}/calendar", timeout=10)
    if r.status_code == 404:
        return jsonify(error="unknown venue"), 404
    r.raise_for_status()
    return jsonify(r.json())
