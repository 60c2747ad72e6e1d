from urllib.parse import urlparse

import requests
import feedparser
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
FEED_HOSTS = {"news.example.com", "blog.example.com"}


@app.route("/feeds/preview")
def feed_preview():
    url = request.args["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in FEED_HOSTS:
        abort(400)
    resp = requests.get(url, timeout=10, allow_redirects=False)
    parsed = feedparser.par