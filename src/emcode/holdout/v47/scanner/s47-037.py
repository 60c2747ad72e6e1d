import os

from flask import Flask, redirect, request, session, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CSRFProtect(app)


def check_credentials(user, pw):
    from .auth import verify
    return verify(user, pw)


@app.route("/login", methods=["POST"])
def login():
    if not check_credentials(request.form["user"], request.form["password"]):
        return redirect(url_for("login_form", error=1))
    session["user"] = request.form["user"]
    return redirect(request.args.get("next") or url_for("dashboard"))
