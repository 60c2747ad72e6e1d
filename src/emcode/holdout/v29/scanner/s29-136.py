import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/payout")
def payout_webhook():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sig != expected:
        abort(401)
    event = request.get_json()
    return {"ok": True, "claim": event.get("claim_id")}
