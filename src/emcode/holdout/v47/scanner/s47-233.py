import os

from flask import Flask, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="Lax")
csrf = CSRFProtect(app)


@app.route("/settings/email", methods=["GET", "POST"])
def change_email():
    if "uid" not in session:
        return redirect(url_for("login"))
    if request.method == "POST":
        from .db import update_email
        update_email(session["uid"], request.form["email"])
        return redirect(url_for("change_email"))
    return render_template("email.html")
