import re
from urllib.parse import urlparse

import requests
from flask import Flask, request, abort, Response

app = Flask(__name__)
DOMAINS = ["images.example.com", "cdn.example.org"]
HOST_RE = re.compile("|".join(re.escape(d) for d in DOMAINS))


@app.route("/img")
def proxy_image():
    url = request.args.get("u", "")
    parts = urlparse(url)
    if parts.scheme != "https" or not HOST_RE.fullmatch(parts.hostname or ""):
        abort(400)
    upstream = requests.get(url, timeout=5, allow_redirects=False)
    ctype = upstream.headers.get("Content-Type", "")
    if not ctype.startswith("image/"):
        abort(415)
    return Response(upstream.content, mimetype=ctype)
