import os

from flask import Flask, redirect, render_template, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/settings/email", methods=["GET", "POST"])
def change_email():
    if "uid" not in session:
        return redirect(url_for("login"))
    if request.method == "POST":
        from .db import update_email
        update_email(session["uid"], request.form["email"])
        return redirect(url_for("change_email"))
    return render_template("email.html")
