import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/payments")
def payments_webhook():
    body = request.get_data()
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        mark_paid(event["data"]["order_id"])
    return "", 204


def mark_paid(order_id):
    print("order paid", int(order_id))
