import os

from flask import Flask, redirect, render_template, request, session
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
csrf = CSRFProtect(app)


@app.route("/account/email", methods=["GET", "POST"])
def change_email():
    if "uid" not in session:
        return redirect("/login")
    if request.method == "POST":
        from .db import set_email
        set_email(session["uid"], request.form["email"])
        return redirect("/account")
    return render_template("email.html")
