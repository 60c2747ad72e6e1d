import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["GH_WEBHOOK_SECRET"].encode()


@app.route("/ci/github", methods=["POST"])
def github_hook():
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sent != expected:
        abort(403)
    event = request.headers.get("X-GitHub-Event", "unknown")
    return {"received": event}
