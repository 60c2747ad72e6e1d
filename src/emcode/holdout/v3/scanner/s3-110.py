import re
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
TRUSTED = "cdn.example.com"
host_re = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape(TRUSTED))


@app.route("/image")
def image():
    src = request.args.get("src", "")
    parts = urlparse(src)
    if parts.scheme != "https" or not parts.hostname or not host_re.fullmatch(parts.hostname):
        abort(400)
    r = requests.get(src, timeout=5, allow_redirects=False)
    return r.content, 200, {"Content-Type": "image/png"}
