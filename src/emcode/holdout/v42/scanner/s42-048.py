from urllib.parse import urlsplit

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
SOURCES = {"www.bbcgoodfood.com", "www.seriouseats.com", "cooking.nytimes.com"}


@app.post("/recipes/import-url")
def import_from_url():
    url = request.json["url"]
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in SOURCES:
        return jsonify(error="unsupported source"), 400
    page = requests.get(url, timeout=10, allow_redirects=False)
    return jsonify(length=len(page.text), status=page.status_cod