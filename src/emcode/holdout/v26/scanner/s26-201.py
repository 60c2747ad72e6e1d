from urllib.parse import urlparse
from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash
from .db import get_user
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def safe_next(value):
    if not value:
        return "/"
    parts = urlparse(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = get_user(request.form["email"])
    if user and check_password_hash(user.pw_hash, request.form["password"]):
        session["uid"] = user.id
        return redirect(safe_next(request.args.get("next")))
    return render_template("login.html", error="Invalid credentials"), 401
