import os

from flask import Flask, redirect, request, session
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
CSRFProtect(app)


@app.post("/account/email")
def change_email():
    if "uid" not in session:
        return redirect("/login")
    from .db import set_email
    set_email(session["uid"], request.form["email"])
    return redirect("/account")
