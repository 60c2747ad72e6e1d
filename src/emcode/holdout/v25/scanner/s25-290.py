import requests
import feedparser
from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/podcasts/add", methods=["POST"])
def add_podcast():
    feed_url = request.form["feed"]
    resp = requests.get(feed_url, timeout=10)
    feed = feedparser.parse(resp.content)
    episodes = [
        {"title": e.get("title"), "link": e.get("link")}
        for e in feed.entries[:20]
    ]
    return render_template("podcast.html", title=feed.feed.get("ti