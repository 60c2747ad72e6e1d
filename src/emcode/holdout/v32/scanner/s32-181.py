import os
from urllib.parse import urlparse

from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


def is_local(target):
    parts = urlparse(target)
    if any(ch.isspace() or ord(ch) < 32 for ch in target):
        return False
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/after-login")
def after_login():
    if "member_id" not in session:
        return redirect(url_for("login"))
    nxt = request.args.get("next", "/")
    if "\\" in nxt or not is_local(nxt):
        nxt = "/"
    return redirect(nxt)


@app.route("/login")
def login():
    return "login page"
