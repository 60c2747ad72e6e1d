import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/webhooks/payments")
def payment_webhook():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sent != expected:
        abort(401)
    event = request.get_json()
    return {"received": event.get("type")}
