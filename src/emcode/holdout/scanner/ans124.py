from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
ALLOWED_HOSTS = {"www.youtube.com", "vimeo.com"}


@app.get("/preview")
def preview():
    url = request.args["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return {"error": "host not allowed"}, 400
    page = requests.get(url, timeout=5, allow_redirects=False)
    return {"status": page.status_code}
