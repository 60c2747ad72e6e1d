import requests
from urllib.parse import urlparse
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
FEED_HOSTS = {"feeds.bbci.co.uk", "rss.nytimes.com"}


@app.post("/import-feed")
def import_feed():
    feed_url = request.json["url"]
    parts = urlparse(feed_url)
    if parts.scheme != "https" or parts.hostname not in FEED_HOSTS:
        abort(400)
    resp = requests.get(feed_url, timeo