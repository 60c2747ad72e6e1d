from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
ROOT = "farmhire.example"


@app.post("/webhooks/register")
def register_hook():
    url = request.form["url"]
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == ROOT or host.endswith("." + ROOT)):
        return {"error": "callback must be on farmhire.example"}, 400
    requests.post(url, json={"event": "ping"}, timeout=5)
    return {"registered": url}
