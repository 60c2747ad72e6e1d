from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
DOMAIN = "gridco.example"


@app.route("/webhooks", methods=["POST"])
def register_webhook():
    target = request.json["url"]
    parts = urlparse(target)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == DOMAIN or host.endswith("." + DOMAIN)):
        return {"error": "only gridco hosts"}, 400
    requests.post(target, json={"event": "registered"}, timeout=5)
    return {"ok": True}
