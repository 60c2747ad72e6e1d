import re
from urllib.parse import urlsplit
import requests
from flask import Flask, request, abort

app = Flask(__name__)
TRUSTED = "api.example.com"
host_re = re.compile(re.escape(TRUSTED))


@app.route("/proxy")
def proxy():
    url = request.args["url"]
    parts = urlsplit(url)
    if parts.scheme != "https" or not host_re.fullmatch(parts.hostname or ""):
        abort(403)
    r = requests.get(url, timeout=5, allow_redirects=False)
    return r.content, r.status_code
