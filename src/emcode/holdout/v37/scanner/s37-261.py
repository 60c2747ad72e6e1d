import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PARTNER_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/partner")
def partner_hook():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sig != expected:
        abort(403)
    return "", 204
