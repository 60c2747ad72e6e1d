from urllib.parse import urlparse
import requests
from flask import Flask, request, abort, Response

app = Flask(__name__)
IMAGE_HOSTS = {"images.seedbank.example", "cdn.seedbank.example"}


@app.route("/img")
def proxy_image():
    url = request.args.get("u", "")
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in IMAGE_HOSTS:
        abort(400)
    r = requests.get(url, timeout=5, allow_redirects=False)
    return Response(r.content, mimetype=r.headers.get("Content-Type", "image/jpeg").split(";")[0] if r.headers.get("Content-Type", "").startswith("image/") else "application/octet-stream")
