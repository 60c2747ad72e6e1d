from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ALLOWED = {"api.github.com", "gitlab.com"}


@app.route("/fetch")
def fetch():
    target = request.args["url"]
    host = urlparse(target).hostname
    if host not in ALLOWED:
        abort(400)
    resp = requests.get(target, timeout=10, allow_redirects=False)
    return jsonify({"status": resp.status_code, "len