import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["GAUGE_WEBHOOK_SECRET"].encode()


@app.post("/hooks/gauge")
def hook():
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(403)
    return {"accepted": True}
