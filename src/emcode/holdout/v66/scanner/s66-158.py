from urllib.parse import urlparse

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/webhooks/register")
def register():
    url = request.json["callback"]
    host = urlparse(url).hostname or ""
    if not host.endswith("radiostation.org"):
        return jsonify({"error": "callback must be on radiostation.org"}), 400
    requests.post(url, json={"ping": True}, timeout=5)
    return jsonify({"ok": True})
