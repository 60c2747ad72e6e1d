import feedparser
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/feeds")
def add_feed():
    url = request.json["url"]
    resp = requests.get(url, timeout=10)
    feed = feedparser.parse(resp.content)
    entries = [{"title": e.title, "link": e.link} for e in feed.entries[:10]]
    return jsonify(title=feed.feed.get("title"), entr
