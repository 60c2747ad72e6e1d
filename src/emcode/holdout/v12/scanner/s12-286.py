import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["GH_WEBHOOK_SECRET"].encode()


@app.route("/hooks/github", methods=["POST"])
def github_hook():
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(401)
    event = request.headers.get("X-GitHub-Event", "ping")
    return {"received": event}
