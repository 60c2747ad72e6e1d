import os

from flask import Flask, redirect, request, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)


@app.post("/account/email")
def change_email():
    if "uid" not in session:
        return redirect("/login")
    new_email = request.form["email"]
    # db.update_email(session["uid"], new_email)
    return redirect("/account")
