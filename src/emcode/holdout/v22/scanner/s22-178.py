from urllib.parse import urlparse

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
PREVIEW_HOSTS = {"www.youtube.com", "vimeo.com", "github.com"}


@app.post("/previews")
def preview():
    url = (request.get_json(silent=True) or {}).get("url", "")
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
        return jsonify(error="unsupported link"), 422
    resp = requests.get(url, timeout=5, allow_redirects=False, stream=True)
    head = resp.raw.read(65536, decode_content=True).decode("utf-8", "replace")
    resp.close()
    start, end = head.find("<title>"), head.find("</title>")
    title = head[start + 7:end].strip() if 0 <= start < end else None
    return jsonify(title=title)
