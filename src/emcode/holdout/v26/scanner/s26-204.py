from urllib.parse import urlparse
import requests
from flask import Flask, request, jsonify
from bs4 import BeautifulSoup

app = Flask(__name__)
PREVIEW_HOSTS = {"www.youtube.com", "vimeo.com", "www.imdb.com"}


@app.route("/preview")
def link_preview():
    url = request.args.get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
        return jsonify(error="host not allowed"), 400
    resp = requests.get(url, timeout=4, allow_redirects=False)
    soup = BeautifulSoup(resp.text, "html.parser")
    title = soup.title.string if soup.title else ""
    return jsonify(url=url, title=title)
