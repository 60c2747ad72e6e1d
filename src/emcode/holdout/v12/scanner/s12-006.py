from urllib.parse import urlparse
import requests
from flask import Flask, request, Response, abort

app = Flask(__name__)
CDN_HOSTS = {"images.example-cdn.com", "static.example.com"}


@app.route("/img")
def proxy_image():
    src = request.args.get("src", "")
    parts = urlparse(src)
    if parts.scheme != "https" or parts.hostname not in CDN_HOSTS:
        abort(400)
    upstream = requests.get(src, timeout=5, allow_redirects=False, stream=True)
    if upstream.status_code != 200 or not upstream.headers.get("Content-Type", "").startswith("image/"):
        abort(502)
    data = upstream.raw.read(5 * 1024 * 1024)
    return Response(data, content_type=upstream.headers["Content-Type"])
