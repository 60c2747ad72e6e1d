import hashlib
import os
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
STORE = "/srv/pod/art"
KNOWN_EXT = {".png": "image/png", ".jpg": "image/jpeg"}


@app.post("/art")
def add_art():
    f = request.files.get("file")
    if f is None:
        return jsonify(error="file missing"), 400
    ext = os.path.splitext(f.filename or "")[1].lower()
    if ext not in KNOWN_EXT:
        return jsonify(error="png or jpg only"), 400
    data = f.read()
    art_id = uuid.uuid4().hex
    with open(os.path.join(STORE, art_id + ext), "wb") as out:
        out.write(data)
    # the print provider's upload API asks for an MD5 of the file to detect transfer errors
    checksum = hashlib.md5(data).hexdigest()
    return jsonify(id=art_id, md5=checksum, size=len(data))
