from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
FEED_HOSTS = {"calendar.gardens.example", "events.city.example"}


@app.post("/gardens/import-feed")
def import_feed():
    feed_url = (request.get_json(silent=True) or {}).get("url", "")
    parts = urlparse(feed_url)
    if parts.scheme != "https" or parts.hostname not in FEED_H