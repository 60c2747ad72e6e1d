from urllib.parse import urlparse
import requests
from flask import Flask, request, abort

app = Flask(__name__)
DOMAIN = "depot.example.com"


@app.get("/proxy-image")
def proxy_image():
    url = request.args["src"]
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == DOMAIN or host.endswith("." + DOMAIN)):
        abort(400)
    return requests.get(url, timeout=5, allow_redirects=False).content
