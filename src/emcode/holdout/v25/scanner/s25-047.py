import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS = {}


def safe_next(target):
    if not target:
        return "/"
    parts = urlparse(target.replace("\\", "/"))
    if parts.scheme or parts.netloc or not target.startswith("/"):
        return "/"
    return target


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = USERS.get(request.form["username"])
        if user and check_password_hash(user["hash"], request.form["password"]):
            session["uid"] = user["id"]
            return redirect(safe_next(request.args.get("next")))
    return render_template("login.html")
