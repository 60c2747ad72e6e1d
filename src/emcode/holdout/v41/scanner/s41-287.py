from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/hooks/register")
def register_hook():
    url = request.json["callback"]
    host = urlparse(url).hostname or ""
    if not host.endswith("vetclinic.org"):
        return {"error": "callback must be on vetclinic.org"}, 400
    requests.post(url, json={"event": "registered"}, timeout=5)
    return {"ok": True}
