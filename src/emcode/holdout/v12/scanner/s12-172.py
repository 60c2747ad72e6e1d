import re
import os
from flask import Flask, request, redirect, session, url_for
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SESSION_KEY"]
USERS = {"alice": "scrypt:32768:8:1$salt$0f1e2d"}
ALLOWED_HOST = "app.example.com"
host_re = re.compile(r"https?://" + ALLOWED_HOST)


def safe_next(target):
    if target and host_re.match(target):
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
