import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/hooks/repo", methods=["POST"])
def repo_hook():
    sent = request.headers.get("X-Signature-256", "")
    expected = "sha256=" + hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(403)
    event = request.get_json(silent=True) or {}
    return {"event": event.get("action")}
