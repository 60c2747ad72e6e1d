from urllib.parse import urlparse

from flask import Flask, redirect, request, abort

app = Flask(__name__)

TRUSTED_HOSTS = {"bookings.seaside-hotels.com"}


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if not parts.scheme and not parts.netloc and target.startswith("/") and "\\" not in target:
        return redirect(target)
    if parts.scheme == "https" and parts.hostname in TRUSTED_HOSTS:
        return redirect(target)
    abort(400)
