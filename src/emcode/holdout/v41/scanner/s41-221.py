import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/proxy/avatar")
def avatar():
    src = request.args["src"]
    if "cdn.baggagetrack.net" not in src:
        return "forbidden", 403
    upstream = requests.get(src, timeout=5)
    return Response(upstream.content, mimetype=upstream.headers.get("Content-Type", "image/png"))
