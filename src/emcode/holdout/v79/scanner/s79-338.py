from urllib.parse import urlparse
import os

from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    target = request.args.get("next", "")
    parts = urlparse(target)
    if (not target.startswith("/") or target.startswith("//") or "\\" in target
            or parts.netloc or parts.scheme):
        target = url_for("index")
    return redirect(target)


@app.route("/")
def index():
    return "ok"
