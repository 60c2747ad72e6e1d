import re
from urllib.parse import urlsplit

from flask import Flask, jsonify, request

app = Flask(__name__)

CDN_DOMAIN = "img.listingcdn.example"
CDN_HOST = re.compile(r"[a-z0-9-]+\." + re.escape(CDN_DOMAIN))


@app.post("/listings/<int:lid>/photo-url")
def set_photo_url(lid):
    url = (request.get_json(silent=True) or {}).get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or not CDN_HOST.fullmatch(parts.hostname or ""):
        return jsonify(error="photos must be hosted on the listing CDN"), 400
    from .repo import save_photo_url
    save_photo_url(lid, url)
    return jsonify(ok=True)
