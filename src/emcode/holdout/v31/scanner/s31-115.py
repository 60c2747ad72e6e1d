from flask import Flask, redirect, request, session, render_template
from werkzeug.security import check_password_hash
import os

from .users import find_user

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = find_user(request.form["email"])
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return render_template("login.html", error="Invalid credentials"), 401
    session["uid"] = user.id
    return redirect(request.args.get("next") or "/dashboard")
