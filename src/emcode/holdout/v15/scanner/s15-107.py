from urllib.parse import urlsplit

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
CDN = "cdn.example.net"


@app.route("/img")
def img():
    src = request.args.get("src", "")
    parts = urlsplit(src)
    if parts.scheme != "https" or parts.hostname != CDN:
        abort(400)
    r = requests.get(src, timeout=5, allow_redirects=False)
    if r.status_code != 200 or not r.headers.get("Content-Type", "").startswith("image/"):
        abort(502)
    return Response(r.content[:5_000_000], mimetype=r.headers["Content-Type"])
