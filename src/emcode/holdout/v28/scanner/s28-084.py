import os

from flask import Flask, redirect, request, session, render_template
from werkzeug.security import check_password_hash

from .db import find_staff

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = find_staff(request.form["email"])
    if user and check_password_hash(user.password_hash, request.form["password"]):
        session["uid"] = user.id
        return redirect(request.args.get("next") or "/dashboard")
    return render_template("login.html", error="Invalid credentials"), 401
