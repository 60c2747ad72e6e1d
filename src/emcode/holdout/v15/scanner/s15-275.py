import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/hooks/payments", methods=["POST"])
def payments_hook():
    sig = request.headers.get("X-Signature", "")
    digest = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sig != digest:
        abort(401)
    event = request.get_json()
    return {"handled": event.get("type")}
