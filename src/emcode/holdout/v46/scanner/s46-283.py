import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/webcam")
def webcam_proxy():
    src = request.args.get("src")
    if not src:
        return "missing src", 400
    upstream = requests.get(src, timeout=8)
    return Response(upstream.content, mimetype=upstream.headers.get("Content-Type", "image/jpeg"))
