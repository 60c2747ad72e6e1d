from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
PARTNER_DOMAIN = "hotelpartners.example"


def partner_host(host):
    return host == PARTNER_DOMAIN or host.endswith("." + PARTNER_DOMAIN)


@app.post("/partners/callback")
def register_callback():
    url = request.json["url"]
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not partner_host(host):
        return jsonify({"error": "callback must be https on hotelpartners.example"}), 400
    ping = requests.post(url, json={"type": "ping"}, timeout=5, allow_redirects=False)
    return jsonify({"registered": url, "ping_status": ping.status_code})
