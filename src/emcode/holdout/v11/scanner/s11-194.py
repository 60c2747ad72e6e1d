from urllib.parse import urlparse
import re

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)
ALLOWED_HOSTS = {"news.example.com", "blog.example.com", "docs.example.com"}


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return jsonify(error="host not allowed"), 400
    page = requests.get(url, timeout=5, allow_redirects=False)
    m = TITLE.search(page.text)
    return jsonify(url=url, title=m.group(1).strip() if m else None)
