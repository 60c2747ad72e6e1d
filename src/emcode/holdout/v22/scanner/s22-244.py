import re

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
CDN = "img.cdn-example.net"
ALLOWED = re.compile("https://" + CDN)


@app.get("/img")
def proxy_image():
    url = request.args.get("u", "")
    if not ALLOWED.match(url):
        abort(400)
    upstream = requests.get(url, timeout=5)
    return Response(upstream.content, mimetype=upstream.headers.get("Content-Type", "image/jpeg"))
