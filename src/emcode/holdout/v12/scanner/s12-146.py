import os
from flask import Flask, request, redirect, url_for, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS = {"alice": "scrypt:32768:8:1$salt$0f1e2d"}
DESTINATIONS = {"dashboard": "dashboard", "billing": "billing", "settings": "settings"}


def authenticate(user, password):
    stored = USERS.get(user)
    return stored is not None and check_password_hash(stored, password)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    if not authenticate(user, request.form.get("password", "")):
        return "invalid credentials", 401
    session["user"] = user
    dest = DESTINATIONS.get(request.args.get("next", ""), "dashboard")
    return redirect(url_for(dest))


@app.route("/dashboard")
def dashboard():
    return "dashboard"


@app.route("/billing")
def billing():
    return "billing"


@app.route("/settings")
def settings():
    return "settings"
