import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/import-feed")
def import_feed():
    feed_url = request.json["url"]
    resp = requests.get(feed_url, timeout=10)
    items = []
    for line in resp.text.splitlines():
        if line.startswith("<item>"):
            items.app