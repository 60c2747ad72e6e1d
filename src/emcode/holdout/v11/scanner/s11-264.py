import os
from urllib.parse import urlparse

from flask import Flask, request, redirect, session, render_template, url_for
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS = {"ana": os.environ.get("ANA_HASH", "")}


def is_local(target: str) -> bool:
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith(("//", "/\\"))


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = request.form.get("username", "")
    if user in USERS and check_password_hash(USERS[user], request.form.get("password", "")):
        session["user"] = user
        target = request.args.get("next", "")
        return redirect(target if is_local(target) else url_for("index"))
    return render_template("login.html", error="invalid credentials"), 401


@app.route("/")
def index():
    return render_template("index.html")
