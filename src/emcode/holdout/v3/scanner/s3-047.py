from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/hooks", methods=["POST"])
def register_hook():
    url = request.json["url"]
    if not urlparse(url).netloc.endswith("example.com"):
        abort(400)
    requests.post(url, json={"event": "ping"}, timeout=5)
    return {"registered": url}
