import hashlib
import os
import time
from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
SECRET = os.environ["LINK_SECRET"]


def sign(path, expires):
    return hashlib.sha1((SECRET + path + str(expires)).encode()).hexdigest()


@app.route("/dl/<path:name>")
def download(name):
    exp = int(request.args.get("exp", "0"))
    if exp < time.time() or request.args.get("sig") != sign(name, exp):
        abort(403)
    return send_from_directory("/srv/reports", name)
