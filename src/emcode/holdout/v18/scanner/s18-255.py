import requests
import feedparser
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/feeds/preview")
def feed_preview():
    url = request.args["url"]
    resp = requests.get(url, timeout=10)
    parsed = feedparser.parse(resp.content)
    entries = [{"title": e.get("title"), "link": e.get("link")} for e in parsed.entries[:10]]
    return jsonify(feed=parsed.feed.get("title"), entries=entr