import hashlib
import os
import time

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
KEY = os.environ["LINK_KEY"]
AUDIO = "/srv/podhost/audio"


def sign(name: str, exp: int) -> str:
    return hashlib.md5(f"{KEY}{name}{exp}".encode()).hexdigest()


@app.route("/dl/<name>")
def dl(name):
    exp = request.args.get("exp", 0, type=int)
    sig = request.args.get("sig", "")
    if exp < time.time() or sig != sign(name, exp):
        abort(403)
    return send_from_directory(AUDIO, name)
