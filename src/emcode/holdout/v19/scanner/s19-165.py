import os
from flask import Flask, abort, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
FIRMWARE_DIR = "/srv/iot/firmware"


@app.route("/firmware/<model>/<version>")
def firmware(model, version):
    path = safe_join(FIRMWARE_DIR, model, version + ".bin")
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/octet-stream")
