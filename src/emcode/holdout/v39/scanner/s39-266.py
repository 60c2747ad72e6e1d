import os
from urllib.parse import urlparse

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/dashboard")
def dashboard():
    return "ok"


@app.route("/after-login")
def after_login():
    target = request.args.get("next", "")
    parts = urlparse(target)
    if not target.startswith("/") or target.startswith("//") or parts.netloc or parts.scheme or "\\" in target:
        target = url_for("dashboard")
    return redirect(target)
