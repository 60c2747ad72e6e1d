from urllib.parse import urlparse
from flask import Flask, request, redirect, session
from werkzeug.security import check_password_hash
from .db import find_user

app = Flask(__name__)


def _local_only(target):
    if not target or "\\" in target:
        return "/"
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@app.post("/login")
def login():
    user = find_user(request.form["email"])
    if user and check_password_hash(user.pw_hash, request.form["password"]):
        session.clear()
        session["uid"] = user.id
        return redirect(_local_only(request.args.get("next")))
    return redirect("/login?error=1")
