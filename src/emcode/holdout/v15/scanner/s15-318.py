import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


@app.route("/hooks/github", methods=["POST"])
def github_hook():
    sig = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(401)
    event = request.headers.get("X-GitHub-Event", "unknown")
    payload = request.get_json(silent=True) or {}
    return {"received": event, "repo": payload.get("repository", {}).get("full_name")}
