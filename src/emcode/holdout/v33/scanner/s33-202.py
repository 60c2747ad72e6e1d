from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/hooks/register")
def register_hook():
    target = request.json["url"]
    host = urlparse(target).hostname or ""
    if not host.endswith("weddingplanner.com"):
        return {"error": "hooks must point at our domain"}, 400
    requests.post(target, json={"event": "ping"}, timeout=5)
    return {"registered": target}
