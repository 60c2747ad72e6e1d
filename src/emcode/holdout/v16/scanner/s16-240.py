import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def safe_next(target: str) -> str:
    parts = urlparse(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    return redirect(safe_next(request.args.get("next", "/")))
