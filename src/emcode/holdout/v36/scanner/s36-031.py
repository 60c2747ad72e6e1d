import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/menu/image-proxy")
def image_proxy():
    url = request.args["src"]
    r = requests.get(url, timeout=5)
    return Response(r.content, mimetype=r.headers.get("Content-Type", "image/jpeg"))
