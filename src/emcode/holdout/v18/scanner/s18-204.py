import requests
from flask import Flask, request, abort, Response

app = Flask(__name__)


@app.route("/img")
def proxy_image():
    url = request.args.get("u", "")
    if not url.startswith(("http://", "https://")):
        abort(400)
    upstream = requests.get(url, timeout=5)
    ctype = upstream.headers.get("Content-Type", "application/octet-stream")
    return Response(upstream.content, mimetype=ctype)
