from flask import Flask, request, redirect, session, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
USERS = {"admin": "pbkdf2-placeholder"}


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user")
    if user in USERS and check(user, request.form.get("password", "")):
        session["user"] = user
        target = request.args.get("next") or url_for("home")
        return redirect(target)
    return "bad credentials", 401


def check(user, pw):
    return False


@app.route("/")
def home():
    return "ok"
