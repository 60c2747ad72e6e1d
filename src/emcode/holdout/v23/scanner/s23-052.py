import os
from flask import Flask, request, jsonify

app = Flask(__name__, static_folder="static")
AVATAR_DIR = os.path.join(app.root_path, "static", "avatars")


@app.route("/players/avatar", methods=["POST"])
def upload_avatar():
    f = request.files["avatar"]
    dest = os.path.join(AVATAR_DIR, f.filename)
    f.save(dest)
    return jsonify(url="/static/avatars/" + f.filename)
