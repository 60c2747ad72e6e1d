import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/maps/proxy")
def map_proxy():
    url = request.args["url"]
    upstream = requests.get(url, timeout=10)
    return Response(upstream.content, content_type=upstream.headers.get("Content-Type", "image/png"))
