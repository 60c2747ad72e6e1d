import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["HOOK_SECRET"].encode()


@app.route("/hooks/billing", methods=["POST"])
def billing_hook():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if sig != expected:
        abort(401)
    return "ok"
