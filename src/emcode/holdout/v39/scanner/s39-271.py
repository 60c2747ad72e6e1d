import os

from flask import Flask, redirect, request, session
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.post("/account/email")
def change_email():
    if "uid" not in session:
        return redirect("/login")
    session["email"] = request.form["email"]
    return redirect("/account")
