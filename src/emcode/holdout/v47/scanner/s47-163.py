from urllib.parse import urlsplit

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)

COVER_HOSTS = {"covers.comicvine.example.com", "images.gocollect.example.com"}


@app.route("/preview")
def preview_cover():
    src = request.args.get("src", "")
    parts = urlsplit(src)
    if parts.scheme != "https" or parts.hostname not in COVER_HOSTS:
        abort(400)
    upstream = requests.get(src, timeout=8, stream=True, allow_redirects=False)
    if upstream.status_code != 200:
        abort(502)
    ctype = upstream.headers.get("Content-Type", "")
    if not ctype.startswith("image/"):
        abort(502)
    return Response(upstream.raw.read(2_000_000), content_type=ctype)
