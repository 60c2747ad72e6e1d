from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ALLOWED_HOOK_HOSTS = {"hooks.slack.com", "discord.com"}


@app.route("/integrations/test", methods=["POST"])
def test_hook():
    url = request.json.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOOK_HOSTS:
        abort(400)
    r = requests.post(url, json={"text": "test from inventory bot"}, timeout=5)
    return jsonify({"status": r.status_code})
