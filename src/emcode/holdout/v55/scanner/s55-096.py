from urllib.parse import urlsplit

import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
HOOK_HOSTS = {"hooks.esportshub.io", "discord.com"}


@app.route("/webhooks/register", methods=["POST"])
def register_hook():
    url = (request.get_json(silent=True) or {}).get("callback", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in HOOK_HOSTS or parts.port not in (None, 443):
        abort(400)
    r = requests.post(url, json={"event": "ping"}, timeout=3, allow_redirects=False)
    return jsonify({"status": r.status_code})
