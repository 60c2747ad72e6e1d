from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, render_template
from werkzeug.security import check_password_hash
import os

from .users import find_user

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def local_target(value):
    if not value or "\\" in value:
        return "/dashboard"
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/"):
        return "/dashboard"
    return value


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = find_user(request.form["email"])
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return render_template("login.html", error="Invalid credentials"), 401
    session.clear()
    session["uid"] = user.id
    return redirect(local_target(request.args.get("next")))
