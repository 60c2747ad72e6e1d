from urllib.parse import urlsplit

import requests
from bs4 import BeautifulSoup
from flask import Flask, request, jsonify, abort

app = Flask(__name__)

IMPORT_HOSTS = {"www.bbcgoodfood.com", "www.seriouseats.com", "cooking.nytimes.com"}


@app.post("/recipes/import")
def import_recipe():
    url = (request.get_json(silent=True) or {}).get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in IMPORT_HOSTS or parts.port not in (None, 443):
        abort(400, "unsupported recipe site")
    page = requests.get(url, timeout=10, allow_redirects=False)
    soup = BeautifulSoup(page.text, "html.parser")
    title = soup.find("h1")
    return jsonify(title=title.get_text(strip=True) if title else None)
