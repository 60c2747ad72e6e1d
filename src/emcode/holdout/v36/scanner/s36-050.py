import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["DELIVERY_WEBHOOK_SECRET"].encode()


@app.post("/hooks/delivery")
def delivery_hook():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sig != expected:
        abort(403)
    return {"received": True}
