from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
PARTNER_HOSTS = {"api.petfinder-partner.example", "rescue.partner.example"}


@app.route("/partners/notify", methods=["POST"])
def partner_notify():
    url = request.json.get("callback", "")
    u = urlparse(url)
    if u.scheme != "https" or u.hostname not in PARTNER_HOSTS:
        return {"error": "callback not allowed"}, 400
    requests.post(url, json={"status": "received"}, timeout=5)
    return {"ok": True}
