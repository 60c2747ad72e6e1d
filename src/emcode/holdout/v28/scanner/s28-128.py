from urllib.parse import quote

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
TRACKING_API = "https://track.northsea-cargo.example/api/v1/shipments/"


@app.get("/track")
def track():
    number = request.args.get("number", "")
    resp = requests.get(TRACKING_API + quote(number, safe=""), timeout=8)
    if resp.status_code == 404:
        return jsonify({"error": "not found"}), 404
    resp.raise_for_status()
    data = resp.json()
    return jsonify({"status": data.get("status"), "eta": data.get("eta")})
