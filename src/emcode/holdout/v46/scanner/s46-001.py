import os
from urllib.parse import urlparse

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def local_target(target):
    if not target:
        return None
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    return target


@app.post("/login")
def login():
    session["user"] = request.form["user"]
    return redirect(local_target(request.args.get("next")) or url_for("dashboard"))


@app.get("/dashboard")
def dashboard():
    return "dashboard"
