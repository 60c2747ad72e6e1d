import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


def is_local(target: str) -> bool:
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    nxt = request.args.get("next", "")
    if not is_local(nxt):
        nxt = url_for("dashboard")
    return redirect(nxt)


@app.route("/dashboard")
def dashboard():
    return "dash"
