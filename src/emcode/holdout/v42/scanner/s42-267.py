from urllib.parse import urlsplit

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
CDN_HOSTS = {"img.recipes-cdn.example.com"}


@app.get("/img")
def image_proxy():
    src = request.args.get("src", "")
    parts = urlsplit(src)
    if parts.scheme != "https" or parts.hostname not in CDN_HOSTS or parts.port not in (None, 443):
        abort(400)
    upstream = requests.get(src, timeout=5, allow_redirects=False)
    if upstream.status_code != 200:
        abort(502)
    return Response(upstream.content, content_type="image/jpeg")
