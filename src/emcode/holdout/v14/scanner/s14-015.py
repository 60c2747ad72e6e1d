import os
from flask import Flask, request, redirect, url_for, flash
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
app.secret_key = os.environ["FLASK_SECRET"]
UPLOAD_DIR = "/srv/app/avatars"
ALLOWED = {"png", "jpg", "jpeg", "gif"}


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED


@app.route("/avatar", methods=["POST"])
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or f.filename == "":
        flash("No file selected")
        return redirect(url_for("profile"))
    if not allowed_file(f.filename):
        flash("Only images please")
        return redirect(url_for("profile"))
    fname = secure_filename(f.filename)
    f.save(os.path.join(UPLOAD_DIR, fname))
    return redirect(url_for("profile"))


@app.route("/profile")
def profile():
    return "profile page"
