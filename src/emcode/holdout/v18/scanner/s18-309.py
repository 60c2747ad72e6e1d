from urllib.parse import urlsplit

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SLACK_HOSTS = {"hooks.slack.com"}


@app.route("/integrations/slack", methods=["POST"])
def save_slack_hook():
    url = request.get_json(force=True).get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in SLACK_HOSTS or parts.port not in (None, 443):
        abort(400)
    r = requests.post(url, json={"text": "Integration connected"}, timeout=5, allow_redirects=False)
    return jsonify(ok=r.ok)
