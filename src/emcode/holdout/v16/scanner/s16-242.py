import requests
from urllib.parse import urlparse
from flask import Flask, request, Response, abort

app = Flask(__name__)

CDN_HOSTS = frozenset({"img.example.com", "cdn.example.net"})


@app.get("/proxy")
def proxy():
    url = request.args.get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in CDN_HOSTS or parts.port not in (None, 443):
        abort(403)
    upstream = requests.get(url, timeout=10, allow_redirects=False)
    return Response(upstream.content, content_type=upstream.headers.get("Content-Type", "application/octet-stream"))
