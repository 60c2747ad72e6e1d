import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session, url_for, abort
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]
USERS: dict[str, str] = {}


def safe_next(target: str | None) -> str:
    if not target:
        return url_for("dashboard")
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return url_for("dashboard")
    return target


@app.route("/dashboard")
def dashboard():
    if "user" not in session:
        abort(401)
    return "ok"


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    hashed = USERS.get(user)
    if hashed and check_password_hash(hashed, request.form.get("pw", "")):
        session["user"] = user
        return redirect(safe_next(request.args.get("next")))
    return "Invalid credentials", 401
