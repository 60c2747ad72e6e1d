from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
ALLOWED_HOSTS = {"observatory.example.org", "schedule.observatory.example.org"}


@app.route("/after-login")
def after_login():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return redirect(target)
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS:
        return redirect(target)
    abort(400)
