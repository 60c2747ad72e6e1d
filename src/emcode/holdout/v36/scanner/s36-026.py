import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["POS_SECRET"]


@app.post("/pos/callback")
def pos_callback():
    body = request.get_data(as_text=True)
    mac = hashlib.md5((SECRET + body).encode()).hexdigest()
    if not hmac.compare_digest(mac, request.headers.get("X-Mac", "")):
        abort(403)
    return {"ok": True}
