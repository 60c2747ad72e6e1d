import os

from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS = {"ana": os.environ.get("ANA_HASH", "")}


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = request.form.get("username", "")
    if user in USERS and check_password_hash(USERS[user], request.form.get("password", "")):
        session["user"] = user
        target = request.args.get("next") or "/"
        return redirect(target)
    return render_template("login.html", error="invalid credentials"), 401
