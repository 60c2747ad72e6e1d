from urllib.parse import urlparse
import feedparser
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
REGISTERED_HOSTS = {"feeds.podhost.io", "rss.castbox.example"}


@app.route("/shows/import", methods=["POST"])
def import_show():
    url = request.form.get("feed", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in REGISTERED_HOSTS:
        return jsonify(error="feed host not supported"), 400
    body = requests.get(url, timeout=10, allow_redirects=False).text
    feed = feedparser.parse(body)
    return jsonify(title=feed.feed.get("title"), episodes=len(feed.entries))
