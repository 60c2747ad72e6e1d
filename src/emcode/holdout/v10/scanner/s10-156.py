from urllib.parse import urlparse
import requests
from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"api.github.com", "gitlab.com"}


@app.route("/repo/meta")
def meta():
    url = request.args.get("url", "")
    host = urlparse(url).hostname
    if host not in ALLOWED:
        return {"error": "host not allowed"}, 400
    r = requests.get(u