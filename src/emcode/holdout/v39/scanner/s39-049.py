from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/webhooks/register")
def register_hook():
    url = request.form["url"]
    host = urlparse(url).hostname or ""
    if not host.endswith("farmhire.example"):
        return {"error": "callback must be on farmhire.example"}, 400
    requests.post(url, json={"event": "ping"}, timeout=5)
    return {"registered": url}
