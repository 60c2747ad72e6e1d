from urllib.parse import urlparse
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_HOSTS = {"docs.python.org", "en.wikipedia.org"}


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    host = urlparse(url).hostname
    if urlparse(url).scheme != "https" or host not in ALLOWED_HOSTS:
        return jsonify(error="host not allowed"), 400
    r = requests.get(url, timeout=5, allow_redirects=False)
    return jsonify(status=r.status_code, length=len(r.content))
