import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["REGISTRY_WEBHOOK_SECRET"].encode()


@app.post("/hooks/release")
def release_hook():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(403)
    payload = request.get_json()
    return {"queued": payload["project"]}
