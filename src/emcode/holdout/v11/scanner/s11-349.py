import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
FIRMWARE = "/srv/firmware"


@app.get("/firmware/latest")
def latest():
    model = request.headers.get("X-Device-Model")
    if not model:
        abort(400)
    path = os.path.join(FIRMWARE, model, "latest.bin")
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/octet-stream")
