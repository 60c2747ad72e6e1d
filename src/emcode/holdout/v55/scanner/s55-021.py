import hmac
import hashlib
import os

from flask import Flask, request, abort, jsonify

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


@app.route("/webhooks/payment", methods=["POST"])
def payment_webhook():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(401)
    event = request.get_json()
    if event.get("type") == "charge.succeeded":
        pass  # mark booking as paid
    return jsonify({"received": True})
