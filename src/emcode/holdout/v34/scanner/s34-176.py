from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
CDN_HOSTS = {"cdn.esports-league.example", "images.esports-league.example"}


@app.post("/players/avatar")
def set_avatar():
    src = (request.get_json(silent=True) or {}).get("image_url", "")
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname not in CDN_HOSTS:
        return {"error": "image must come from the league CDN"}, 400
    img = requests.get(src, timeout=10, allow_redirects=False)
    if img.status_code == 200 and img.headers.get("Content-Type", "").startswith("image/"):
        return {"bytes": len(img.content)}
    return {"error": "not an image"}, 400
