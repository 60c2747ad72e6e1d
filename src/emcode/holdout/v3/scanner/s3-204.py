import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.route("/webhook", methods=["POST"])
def webhook():
    expected = "sha256=" + hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    given = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(expected, given):
        abort(401)
    return {"received": True}
