from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)

ALLOWED_HOSTS = {"bookings.weddingplanner.com", "weddingplanner.com"}


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.scheme in ("http", "https") and parts.hostname in ALLOWED_HOSTS:
        return redirect(target)
    if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect("/")
