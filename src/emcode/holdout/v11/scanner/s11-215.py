import os

from flask import Flask, request, jsonify

app = Flask(__name__, static_folder="static")
UPLOAD_DIR = os.path.join(app.static_folder, "uploads")


@app.post("/attachments")
def attach():
    f = request.files["file"]
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    dest = os.path.join(UPLOAD_DIR, f.filename)
    f.save(dest)
    return jsonify(url=f"/static/uploads/{f.filename}")
