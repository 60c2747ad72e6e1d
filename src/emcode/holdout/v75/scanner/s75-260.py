import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["LAB_WEBHOOK_SECRET"].encode()


@app.post("/hooks/lab")
def lab_hook():
    sig = request.headers.get("X-Lab-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(403)
    return {"received": True}
