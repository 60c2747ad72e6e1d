from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
CDN_HOSTS = {"images.pawshelter.example", "cdn.pawshelter.example"}


@app.route("/pets/import-photo", methods=["POST"])
def import_photo():
    src = request.form["photo_url"]
    u = urlparse(src)
    if u.scheme != "https" or u.hostname not in CDN_HOSTS:
        return {"error": "host not allowed"}, 400
    resp = requests.get(src, timeout=10, allow_redirects=False)
    if resp.status_code != 200:
        return {"error": "could not fetch"}, 502
    ctype = resp.headers.get("Content-Type", "")
    if not ctype.startswith("ima