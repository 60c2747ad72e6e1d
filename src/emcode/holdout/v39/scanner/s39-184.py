import hashlib
import hmac
import os
import time

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
KEY = os.environ["LINK_KEY"].encode()
AUDIO = "/srv/podhost/audio"


def sign(name: str, exp: int) -> str:
    return hmac.new(KEY, f"{name}|{exp}".encode(), hashlib.sha256).hexdigest()


@app.route("/dl/<name>")
def dl(name):
    exp = request.args.get("exp", 0, type=int)
    sig = request.args.get("sig", "")
    if exp < time.time() or not hmac.compare_digest(sig, sign(name, exp)):
        abort(403)
    return send_from_directory(AUDIO, name)
