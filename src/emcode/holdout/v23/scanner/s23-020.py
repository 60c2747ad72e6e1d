from urllib.parse import urlparse

import requests
from flask import Flask, request, abort, jsonify

app = Flask(__name__)
TRUSTED_HOSTS = {"cdn.podhost.io", "media.podhost.io"}


@app.route("/feeds/import", methods=["POST"])
def import_feed():
    url = (request.get_json(silent=True) or {}).get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in TRUSTED_HOSTS:
        abort(400, "feed must come from our CDN")
    resp = requests.get(url, timeout=10, allow_redirects=False)
    return jsonify(size=len(resp.content))
