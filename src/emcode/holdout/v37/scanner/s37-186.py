import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["SEEDBANK_SHARED_SECRET"]


@app.post("/exchange/incoming")
def incoming():
    expected = hashlib.sha1((SECRET + request.get_data(as_text=True)).encode()).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Sig", "")):
        abort(401)
    return {"ok": True}
