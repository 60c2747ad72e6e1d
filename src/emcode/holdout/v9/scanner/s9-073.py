import os
from flask import Flask, request

app = Flask(__name__, static_folder="static")


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files.get("file")
    if f is None:
        return "no file", 400
    path = os.path.join(app.static_folder, "avatars", f.filename)
    f.save(path)
    return {"url": "/static/avatars/" + f.filename}
