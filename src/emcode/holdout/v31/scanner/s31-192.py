import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["TICKETING_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/orders")
def order_webhook():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(401)
    order = request.get_json()
    return {"received": order.get("id")}
