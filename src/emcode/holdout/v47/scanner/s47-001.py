import os

from flask import Flask, request, jsonify

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "portfolio")


@app.route("/portfolio/upload", methods=["POST"])
def upload_piece():
    f = request.files.get("image")
    if f is None or f.filename == "":
        return jsonify(error="no file"), 400
    dest = os.path.join(UPLOAD_DIR, f.filename)
    f.save(dest)
    return jsonify(url=f"/static/portfolio/{f.filename}"), 201
