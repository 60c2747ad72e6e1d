from urllib.parse import urlparse
import re
import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"en.wikipedia.org", "github.com", "docs.python.org"}


@app.route("/preview", methods=["POST"])
def preview():
    url = str(request.json.get("url", ""))
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS or parts.port not in (None, 443):
        abort(400)
    page = requests.get(url, timeout=5, allow_redirects=False)
    m = re.search(r"<title>([^<]{0,300})</title>", page.text, re.I)
    return jsonify(title=m.group(1).strip() if m else None)
