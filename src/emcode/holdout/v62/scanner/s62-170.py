from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/import/feed", methods=["POST"])
def import_feed():
    src = request.form["url"]
    host = urlparse(src).hostname or ""
    if not host.endswith("metoffice.gov.uk"):
        abort(400)
    data = requests.get(src, timeout=10).json()
    return {"points": len(data.get("features", []))}
