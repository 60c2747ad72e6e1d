import os
from urllib.parse import urlsplit

from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def local_target(value):
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return None
    return value


@app.route("/logout")
def logout():
    session.clear()
    return redirect(local_target(request.args.get("next")) or url_for("index"))


@app.route("/")
def index():
    return "Recipe box"
