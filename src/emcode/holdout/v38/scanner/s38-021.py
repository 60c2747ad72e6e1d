import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["POS_WEBHOOK_SECRET"].encode()


@app.route("/pos/webhook", methods=["POST"])
def pos_webhook():
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if hmac.compare_digest(request.headers.get("X-POS-Signature", ""), expected):
        return {"accepted": True}
    abort(401)
