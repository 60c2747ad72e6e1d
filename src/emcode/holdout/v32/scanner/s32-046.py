from urllib.parse import urlparse

import requests
from flask import Flask, request, Response, abort

app = Flask(__name__)
AVATAR_HOST = "avatars.skyrewards-cdn.com"


@app.route("/avatar-proxy")
def avatar_proxy():
    src = request.args.get("src", "")
    parts = urlparse(src)
    if parts.scheme != "https" or parts.hostname != AVATAR_HOST or parts.port not in (None, 443):
        abort(400)
    upstream = requests.get(src, timeout=5, allow_redirects=False)
    if upstream.status_code != 200:
        abort(502)
    ctype = upstream.headers.get("Content-Type", "")
    if not ctype.startswith("image/"):
        abort(502)
    return Response(upstream.content, content_type=ctype)
