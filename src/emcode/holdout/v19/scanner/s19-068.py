import hmac
import hashlib
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/webhook")
def webhook():
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature", "") != expected:
        abort(401)
    return "ok"
