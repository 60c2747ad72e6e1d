from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    if "user_id" not in session:
        return redirect(url_for("login"))
    target = request.args.get("next", "/")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)
