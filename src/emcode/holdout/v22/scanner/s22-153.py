import os

from flask import Flask, request, session, redirect, url_for, render_template
from werkzeug.security import check_password_hash

from .db import get_user_by_email

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        user = get_user_by_email(request.form.get("email", ""))
        if user and check_password_hash(user.password_hash, request.form.get("password", "")):
            session.clear()
            session["user_id"] = user.id
            return redirect(url_for("home"))
        error = "Invalid email or password"
    return render_template("login.html", error=error)


@app.route("/")
def home():
    return render_template("home.html", user_id=session.get("user_id"))
