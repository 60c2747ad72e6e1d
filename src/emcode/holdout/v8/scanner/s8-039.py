from flask import Flask, redirect, render_template, request, session
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return render_template("login.html", error="Invalid credentials"), 401
    session["uid"] = user.id
    dest = request.form.get("next") or "/dashboard"
    return redirect(dest)
