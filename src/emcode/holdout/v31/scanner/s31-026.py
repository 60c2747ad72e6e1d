from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)

TRUSTED = "fitsync.io"


@app.post("/integrations/fetch-activity")
def fetch_activity():
    url = request.json.get("activity_url", "")
    host = urlparse(url).hostname or ""
    if not host.endswith(TRUSTED):
        return jsonify(error="untrusted source"), 400
    data = requests.get(url, timeout=5).json()
    return jsonify(steps=data.get("steps", 0))
