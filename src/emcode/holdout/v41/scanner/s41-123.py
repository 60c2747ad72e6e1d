from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
DOMAIN = "vetclinic.org"


@app.post("/hooks/register")
def register_hook():
    url = request.json["callback"]
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    if parsed.scheme != "https" or not (host == DOMAIN or host.endswith("." + DOMAIN)):
        return {"error": "callback must be on vetclinic.org"}, 400
    requests.post(url, json={"event": "registered"}, timeout=5)
    return {"ok": True}
