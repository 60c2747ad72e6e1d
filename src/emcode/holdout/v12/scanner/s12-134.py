import os
from flask import Flask, request, jsonify

app = Flask(__name__)
AVATAR_DIR = os.path.join(app.root_path, "static", "avatars")


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        return jsonify(error="no file"), 400
    destination = os.path.join(AVATAR_DIR, f.filename)
    f.save(destination)
    return jsonify(url="/static/avatars/" + f.filename), 201
