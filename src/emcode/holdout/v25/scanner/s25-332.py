import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/specimens/thumbnail")
def thumbnail():
    url = request.json.get("image_url")
    if not url:
        return jsonify(error="image_url required"), 400
    r = requests.get(url, timeout=10)
    size = len(r.content)
    return jsonify(bytes=size, type=r.headers.get("Content-Type"))
