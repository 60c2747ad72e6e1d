from urllib.parse import urlsplit
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_HOSTS = {"www.youtube.com", "github.com", "en.wikipedia.org"}


@app.route("/preview", methods=["POST"])
def preview():
    link = request.json["url"]
    parts = urlsplit(link)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return jsonify(error="host not allowed"), 400
    resp = requests.get(link, timeout=4, allow_redirects=False)
    return jsonify(status=resp.status_code, length=len(resp.content))
