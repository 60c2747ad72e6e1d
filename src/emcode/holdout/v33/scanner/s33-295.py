from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
DOMAIN = "weddingplanner.com"


@app.post("/hooks/register")
def register_hook():
    target = request.json["url"]
    parts = urlparse(target)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == DOMAIN or host.endswith("." + DOMAIN)):
        return {"error": "hooks must point at our domain"}, 400
    requests.post(target, json={"event": "ping"}, timeout=5)
    return {"registered": target}
