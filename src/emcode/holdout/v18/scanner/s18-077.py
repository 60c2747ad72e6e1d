import os
from flask import Flask, request, jsonify

app = Flask(__name__, static_folder="static")
UPLOADS = os.path.join(app.root_path, "static", "avatars")


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None:
        return jsonify(error="no file"), 400
    dest = os.path.join(UPLOADS, f.filename)
    f.save(dest)
    return jsonify(url="/static/avatars/" + f.filename)
