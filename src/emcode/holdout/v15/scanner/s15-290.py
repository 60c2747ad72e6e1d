import os

from flask import Flask, request

app = Flask(__name__, static_folder="static")


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["file"]
    dest = os.path.join(app.static_folder, "avatars", f.filename)
    f.save(dest)
    return {"url": "/static/avatars/" + f.filename}
