from urllib.parse import urlparse

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
CDN = "img.cdn-example.net"


@app.get("/img")
def proxy_image():
    url = request.args.get("u", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname != CDN:
        abort(400)
    upstream = requests.get(url, timeout=5, allow_redirects=False)
    ctype = upstream.headers.get("Content-Type", "")
    if not ctype.startswith("image/"):
        abort(502)
    return Response(upstream.content, mimetype=ctype)
