import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/traps/thumbnail")
def thumbnail():
    camera_host = request.args["camera"]
    frame = request.args.get("frame", "latest")
    url = f"http://{camera_host}/api/frames/{frame}/thumb"
    r = requests.get(url, timeout=5)
    return r.content, r.status_code, {"Content-Type": "image/jpeg"}
