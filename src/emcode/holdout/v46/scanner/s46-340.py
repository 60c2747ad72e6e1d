import hashlib
import hmac
import os
import time

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
KEY = os.environ["LINK_KEY"].encode()
FILES = "/srv/glacier/public-datasets"


def sign(name, exp):
    return hmac.new(KEY, f"{name}|{exp}".encode(), hashlib.sha256).hexdigest()


@app.get("/dl/<name>")
def download(name):
    try:
        exp = int(request.args.get("exp", "0"))
    except ValueError:
        abort(400)
    sig = request.args.get("sig", "")
    if exp < time.time() or not hmac.compare_digest(sig, sign(name, exp)):
        abort(403)
    return send_from_directory(FILES, name)
