import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session, url_for
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SESSION_KEY"]
USERS = {"alice": "scrypt:32768:8:1$salt$0f1e2d"}
ALLOWED_HOSTS = {"app.example.com", "admin.example.com"}


def safe_next(target):
    if not target:
        return url_for("home")
    parts = urlparse(target)
    if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
        return target
    if parts.scheme in ("http", "https") and parts.hostname in ALLOWED_HOSTS:
        return target
    return url_for("home")


@app.route("/")
def home():
    return "home"


def authenticate(user, password):
    stored = USERS.get(user)
    return stored is not None and check_password_hash(stored, password)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    if not authenticate(user, request.form.get("password", "")):
        return "invalid credentials", 401
    session["user"] = user
    return redirect(safe_next(request.args.get("next")))
