import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED = {".png", ".jpg"}


@app.route("/artwork", methods=["POST"])
def upload_artwork():
    f = request.files.get("art")
    if f is None:
        return jsonify(error="no file sent"), 400
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in ALLOWED:
        return jsonify(error="unsupported type", filename=f.filename), 415
    return jsonify(status="received")
