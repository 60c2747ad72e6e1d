import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["HIVE_WEBHOOK_SECRET"].encode()


@app.post("/hooks/scale")
def scale_hook():
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature", "") != expected:
        abort(403)
    return {"ok": True}
