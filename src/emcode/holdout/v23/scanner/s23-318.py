from urllib.parse import urlparse
from flask import Flask, request, redirect, session
import os

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]


def is_local(target):
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/after-login")
def after_login():
    target = request.args.get("next", "/")
    if not is_local(target):
        target = "/"
    if "user" not in session:
        return redir