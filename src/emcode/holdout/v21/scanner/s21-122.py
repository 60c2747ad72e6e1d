import os
from flask import Flask, request, url_for

app = Flask(__name__, static_folder="static")


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["avatar"]
    dest = os.path.join(app.static_folder, "avatars", f.filename)
    f.save(dest)
    return {"url": url_for("static", filename="avatars/" + f.filename)}
