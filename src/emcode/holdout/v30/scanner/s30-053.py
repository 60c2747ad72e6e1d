import os
from urllib.parse import urlparse

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def _local(target):
    p = urlparse(target)
    return not p.scheme and not p.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/go")
def go():
    target = request.args.get("next", "")
    if not session.get("user") or not _local(target):
        return redirect(url_for("dashboard"))
    return redirect(target)


@app.route("/dashboard")
def dashboard():
    return "dashboard"
