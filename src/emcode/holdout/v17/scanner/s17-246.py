import os
from urllib.parse import urlsplit

from flask import Flask, redirect, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS: dict[str, str] = {}


def safe_next(value: str | None) -> str:
    if not value:
        return "/"
    value = value.replace("\\", "/")
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//"):
        return "/"
    return value


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    h = USERS.get(user)
    if not h or not check_password_hash(h, request.form.get("password", "")):
        return "invalid credentials", 401
    session.clear()
    session["user"] = user
    return redirect(safe_next(request.args.get("next")))
