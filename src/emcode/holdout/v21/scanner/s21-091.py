from urllib.parse import urlsplit
from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS = {}


def safe_next(target):
    if not target:
        return "/dashboard"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/dashboard"
    return target


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = USERS.get(request.form["username"])
    if user and check_password_hash(user["pw_hash"], request.form["password"]):
        session["uid"] = user["id"]
        return redirect(safe_next(request.args.get("next")))
    return render_template("login.html", error="Invalid credentials"), 401
