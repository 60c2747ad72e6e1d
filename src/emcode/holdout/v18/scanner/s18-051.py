import os
from urllib.parse import urlparse

from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
USERS = {}


def safe_next(value):
    if not value:
        return "/dashboard"
    parts = urlparse(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/dashboard"
    return value


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = USERS.get(request.form.get("username", ""))
    if user and check_password_hash(user["hash"], request.form.get("password", "")):
        session["uid"] = user["id"]
        return redirect(safe_next(request.args.get("next")))
    return render_template("login.html", error="Invalid credentials"), 401
