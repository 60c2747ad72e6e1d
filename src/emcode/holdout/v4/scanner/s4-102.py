import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["HOOK_SECRET"].encode()


@app.post("/hook")
def hook():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if sent != expected:
        abort(401)
    return "ok"
