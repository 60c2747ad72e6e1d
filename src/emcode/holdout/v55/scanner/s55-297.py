import os
import uuid

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024
UPLOADS = "/srv/cellar/labels"
ALLOWED = {".jpg", ".jpeg", ".png"}


@app.route("/labels", methods=["POST"])
def upload_label():
    f = request.files.get("label")
    if f is None or not f.filename:
        abort(400)
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED:
        abort(415)
    stored = uuid.uuid4().hex + ext
    f.save(os.path.join(UPLOADS, stored))
    return jsonify({"id": stored}), 201
