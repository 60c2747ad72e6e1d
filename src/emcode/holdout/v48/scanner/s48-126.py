import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/poster-proxy")
def poster_proxy():
    src = request.args["src"]
    upstream = requests.get(src, timeout=5)
    return Response(upstream.content, mimetype=upstream.headers.get("Content-Type", "image/jpeg"))
