from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/webhooks", methods=["POST"])
def register_webhook():
    target = request.json["url"]
    host = urlparse(target).hostname or ""
    if not host.endswith("gridco.example"):
        return {"error": "only gridco hosts"}, 400
    requests.post(target, json={"event": "registered"}, timeout=5)
    return {"ok": True}
