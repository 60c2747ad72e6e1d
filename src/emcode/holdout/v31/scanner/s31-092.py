from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)

TRUSTED = "fitsync.io"


def is_trusted(url):
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == TRUSTED or host.endswith("." + TRUSTED))


@app.post("/integrations/fetch-activity")
def fetch_activity():
    url = (request.get_json(silent=True) or {}).get("activity_url", "")
    if not is_trusted(url):
        return jsonify(error="untrusted source"), 400
    data = requests.get(url, timeout=5, allow_redirects=False).json()
    return jsonify(steps=data.get("steps", 0))
