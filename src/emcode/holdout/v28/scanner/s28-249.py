from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/partners/callback")
def register_callback():
    url = request.json["url"]
    host = urlparse(url).hostname or ""
    if not host.endswith("hotelpartners.example"):
        return jsonify({"error": "callback must be on hotelpartners.example"}), 400
    ping = requests.post(url, json={"type": "ping"}, timeout=5)
    return jsonify({"registered": url, "ping_status": ping.status_code})
