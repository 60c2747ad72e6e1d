from urllib.parse import urlparse
import requests
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"en.wikipedia.org", "docs.python.org"}

@app.route("/preview-link")
def preview_link():
    url = request.args.get("url", "")
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in ALLOWED_HOSTS:
        abort(400)
    r = requests.get(url, timeout=3, allow_redirects=False)
    return {"snippet": r.text[:500]}
