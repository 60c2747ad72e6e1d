import hashlib
import os
import time

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
SECRET = os.environ["LINK_SECRET"]
MASTERS = "/srv/masters"


def sign(path, expires):
    return hashlib.sha1(f"{SECRET}{path}{expires}".encode()).hexdigest()


@app.get("/dl/<path:name>")
def download(name):
    expires = request.args.get("e", "0")
    if int(expires) < time.time() or request.args.get("s") != sign(name, expires):
        abort(403)
    return send_from_directory(MASTERS, name)
