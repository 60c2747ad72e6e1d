import os
from urllib.parse import urlsplit

from flask import Flask, redirect, request, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


def _local(target):
    parts = urlsplit(target or "")
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/after-login")
def after_login():
    target = request.args.get("next", "")
    return redirect(target if _local(target) else url_for("dashboard"))


@app.route("/dashboard")
def dashboard():
    return "ok"
