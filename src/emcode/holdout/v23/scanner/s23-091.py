import requests
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/podcasts/cover-proxy")
def cover_proxy():
    url = request.args.get("src")
    upstream = requests.get(url, timeout=10)
    return Response(upstream.content, mimetype=upstream.headers.get("Content-Type", "image/jpeg"))
