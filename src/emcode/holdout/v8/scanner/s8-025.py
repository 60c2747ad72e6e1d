from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"app.example.com", "www.example.com"}


@app.route("/continue")
def go_on():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS:
        return redirect(target)
    abort(400)
