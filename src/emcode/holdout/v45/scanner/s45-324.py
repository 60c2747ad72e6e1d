import hashlib
import os

from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"]


@app.post("/payments/webhook")
def webhook():
    sig = request.headers.get("X-Signature", "")
    expected = hashlib.md5((SECRET + request.get_data(as_text=True)).encode()).hexdigest()
    if sig != expected:
        abort(401)
    return "", 204
