from urllib.parse import urlsplit
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
FEED_HOSTS = {"blog.python.org", "feeds.feedburner.com"}


@app.post("/feeds")
def add_feed():
    url = request.json.get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in FEED_HOSTS:
        return jsonify(error="feed host not allowed"), 400
    resp = requests.g
