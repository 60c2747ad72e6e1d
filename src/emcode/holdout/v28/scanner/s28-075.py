import os
from urllib.parse import urlparse

from flask import Flask, redirect, request, session, render_template
from werkzeug.security import check_password_hash

from .db import find_staff

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def local_target(target):
    if not target:
        return "/dashboard"
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/dashboard"
    return target


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = find_staff(request.form["email"])
    if user and check_password_hash(user.password_hash, request.form["password"]):
        session.clear()
        session["uid"] = user.id
        return redirect(local_target(request.args.get("next")))
    return render_template("login.html", error="Invalid credentials"), 401
