from urllib.parse import urlsplit

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"cdn.printpal.example", "assets.printpal.example"}


@app.get("/img")
def img_proxy():
    url = request.args.get("u", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    r = requests.get(url, timeout=10, allow_redirects=False)
    if r.status_code != 200 or not r.headers.get("Content-Type", "").startswith("image/"):
        abort(502)
    return Response(r.content, mimetype=r.headers["Content-Type"])
