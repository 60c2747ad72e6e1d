import os
from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CSRFProtect(app)


def check_credentials(user, pw):
    from .auth import verify
    return verify(user, pw)


def _local(target):
    if not target:
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//") and "\\" not in target


@app.route("/login", methods=["POST"])
def login():
    if not check_credentials(request.form["user"], request.form["password"]):
        return redirect(url_for("login_form", error=1))
    session.clear()
    session["user"] = request.form["user"]
    nxt = request.args.get("next")
    return redirect(nxt if _local(nxt) else url_for("dashboard"))
