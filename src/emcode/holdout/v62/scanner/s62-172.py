from urllib.parse import urlparse

import requests
from flask import Flask, request, abort

app = Flask(__name__)
FEED_DOMAIN = "metoffice.gov.uk"


@app.route("/import/feed", methods=["POST"])
def import_feed():
    src = request.form["url"]
    u = urlparse(src)
    host = (u.hostname or "").lower()
    if u.scheme != "https" or not (host == FEED_DOMAIN or host.endswith("." + FEED_DOMAIN)):
        abort(400)
    data = requests.get(src, timeout=10, allow_redirects=False).json()
    return {"points": len(data.get("features", []))}
