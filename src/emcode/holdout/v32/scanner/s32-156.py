import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


@app.route("/webhooks/payments", methods=["POST"])
def payments_webhook():
    sig = request.headers.get("X-Signature", "")
    mac = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sig != mac:
        abort(403)
    return "", 204
