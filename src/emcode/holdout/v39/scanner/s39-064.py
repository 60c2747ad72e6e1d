from urllib.parse import urlparse

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
ALLOWED = {"images.museum-partner.example", "cdn.museum.example"}


@app.route("/proxy-image")
def proxy_image():
    url = request.args.get("url", "")
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in ALLOWED:
        abort(400)
    r = requests.get(url, timeout=10, allow_redirects=False)
    if r.status_code != 200 or not r.headers.get("Content-Type", "").startswith("image/"):
        abort(502)
    return Response(r.content, mimetype=r.headers["Content-Type"])
