import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/hooks/payment", methods=["POST"])
def payment_hook():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sent != expected:
        abort(401)
    return "", 204
