import hashlib
import hmac
import os
import time

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
KEY = os.environ["DOWNLOAD_KEY"].encode()
FILES = "/srv/pod/print-files"


def sign(name, expires):
    return hmac.new(KEY, f"{name}:{expires}".encode(), hashlib.sha256).hexdigest()


@app.get("/dl/<name>")
def download(name):
    expires = request.args.get("e", type=int)
    sig = request.args.get("s", "")
    if expires is None or expires < time.time():
        abort(410)
    if not hmac.compare_digest(sign(name, expires), sig):
        abort(403)
    return send_from_directory(FILES, name)
