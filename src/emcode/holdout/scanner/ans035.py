from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


def is_local(target: str) -> bool:
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/after-login")
def after_login():
    nxt = request.args.get("next", "")
    return redirect(nxt if is_local(nxt) else url_for("index"))


@app.route("/")
def index():
    return "home"
