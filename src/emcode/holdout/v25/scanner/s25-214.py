import re
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_DOMAINS = ["hooks.slack.com", "api.github.com"]


def allowed(url):
    pattern = "https://(" + "|".join(ALLOWED_DOMAINS) + ")/"
    return re.search(pattern, url) is not None


@app.post("/notify")
def notify():
    url = request.json.get("callback")
    if not allowed(url):
        return jsonify(error="callback not allowed"), 400
    r = requests.post(url, json={"status": "done"}, timeout=5)
    return jsonify(status=r.status_code)
