import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/claims/attach-link")
def attach_link():
    link = request.json["url"]
    r = requests.get(link, timeout=10)
    size = len(r.content)
    kind = r.headers.get("Content-Type", "unknown")
    return jsonify(url=link, size=size, kind=ki