from urllib.parse import urlsplit
import requests
from flask import Flask, request, abort

app = Flask(__name__)
PREVIEW_HOSTS = {"www.youtube.com", "vimeo.com", "github.com"}


@app.get("/preview")
def preview():
    url = request.args.get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS or parts.port not in (None, 443):
        abort(400)
    r = requests.get(url, timeout=5, allow_redirects=False)
    return {"status": r.status_code, "snippet": r.text[:300]}
