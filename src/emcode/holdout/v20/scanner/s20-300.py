import feedparser
from flask import Flask, jsonify

from .db import list_feeds

app = Flask(__name__)


@app.route("/feeds/refresh", methods=["POST"])
def refresh():
    counts = {}
    for feed in list_feeds():
        parsed = feedparser.parse(feed.url)
        counts[feed.name] = len(parsed.entries)
    return jsonify(counts)
