import hashlib
import os

from flask import Flask, request, abort
import hmac

app = Flask(__name__)
SHARED = os.environ["GATE_SHARED_SECRET"]


@app.post("/gate/scan")
def gate_scan():
    body = request.get_data()
    expected = hashlib.md5(SHARED.encode() + body).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Sig", "")):
        abort(403)
    return {"admitted": True}
