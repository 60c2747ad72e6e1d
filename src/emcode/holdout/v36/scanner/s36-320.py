from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


def local_target(target):
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    return target


@app.post("/login")
def login():
    from .auth import verify
    if not verify(request.form["user"], request.form["password"]):
        return redirect(url_for("login_page"))
    session["user"] = request.form["user"]
    return redirect(local_target(request.args.get("next")) or url_for("dashboard"))
