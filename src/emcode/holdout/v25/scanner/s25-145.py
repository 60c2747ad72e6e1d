from urllib.parse import urlparse
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_HOSTS = {"hooks.slack.com", "api.github.com"}


def allowed(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS and parts.port in (None, 443)


@app.post("/notify")
def notify():
    url = (request.get_json(silent=True) or {}).get("callback", "")
    if not allowed(url):
        return jsonify(error="callback not allowed"), 400
    r = requests.post(url, json={"status": "done"}, timeout=5, allow_redirects=False)
    return jsonify(status=r.status_code)
