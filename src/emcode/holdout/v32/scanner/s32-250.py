import requests
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/avatar-proxy")
def avatar_proxy():
    src = request.args["src"]
    upstream = requests.get(src, timeout=5, stream=True)
    return Response(upstream.content, content_type=upstream.headers.get("Content-Type", "image/png"))
