from urllib.parse import urlparse
import requests
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED = {"images.example.com", "cdn.example.com"}

@app.route("/preview")
def preview():
    url = request.args["url"]
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in ALLOWED:
        abort(400)
    r = requests.get(url, timeout=5, allow_redirects=False)
    return {"status": r.status_code}
