import hashlib
import hmac
import os
import time
from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
SECRET = os.environ["LINK_SECRET"].encode()


def sign(path: str, expires: int) -> str:
    return hmac.new(SECRET, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()


@app.route("/dl/<path:name>")
def download(name):
    try:
        exp = int(request.args.get("exp", "0"))
    except ValueError:
        abort(400)
    if exp < time.time() or not hmac.compare_digest(request.args.get("sig", ""), sign(name, exp)):
        abort(403)
    return send_from_directory("/srv/reports", name)
