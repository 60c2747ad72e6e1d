import os
from flask import Flask, request

app = Flask(__name__, static_folder="static")
AVATARS = os.path.join(app.root_path, "static", "avatars")


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None:
        return "no file", 400
    dest = os.path.join(AVATARS, f.filename)
    f.save(dest)
    return {"url": "/static/avatars/" + f.filename}
