import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/avatar-proxy")
def avatar_proxy():
    src = request.args["src"]
    upstream = requests.get(src, timeout=5, stream=True)
    return Response(upstream.content, content_type=upstream.headers.get("Content-Type", "image/png"))
