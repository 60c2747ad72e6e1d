import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["STREAM_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/royalties")
def royalties():
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sig != expected:
        abort(401)
    event = request.get_json()
    return {"received": event.get("id")}
