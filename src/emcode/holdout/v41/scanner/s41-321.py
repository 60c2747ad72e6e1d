import os

from flask import Flask, render_template, request, redirect, session
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)


@app.route("/account/email", methods=["GET", "POST"])
def change_email():
    if request.method == "POST":
        session["email"] = request.form["email"]
        return redirect("/account")
    return render_template("email.html")
