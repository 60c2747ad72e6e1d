import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["HOSTING_WEBHOOK_SECRET"].encode()


@app.post("/hooks/download-stats")
def download_stats():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(403)
    stats = request.get_json(silent=True) or {}
    return {"received": len(stats.get("episodes", []))}
