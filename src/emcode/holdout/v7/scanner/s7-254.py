import os
from flask import Flask, request, redirect, url_for

app = Flask(__name__)
UPLOAD_DIR = os.path.join(app.root_path, "static", "avatars")


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        return redirect(url_for("profile"))
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return redirect(url_for("profile"))


@app.route("/profile")
def profile():
    return "profile page"
