from urllib.parse import urlsplit
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
IMAGE_HOSTS = {"images.inaturalist.example", "cdn.citizen-science.example"}


def permitted(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in IMAGE_HOSTS and parts.port is None


@app.post("/specimens/thumbnail")
def thumbnail():
    url = (request.get_json(silent=True) or {}).get("image_url", "")
    if not permitted(url):
        return jsonify(error="image_url must be on an approved image host"), 400
    r = requests.get(url, timeout=10, allow_redirects=False)
    return jsonify(bytes=len(r.content), type=r.headers.get("Content-Type"))
