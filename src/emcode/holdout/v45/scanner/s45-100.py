from urllib.parse import urlparse

from flask import Flask, redirect, request, abort

app = Flask(__name__)

ALLOWED = {"bookings.lockedroom.example"}


@app.route("/after-payment")
def after_payment():
    nxt = request.args.get("next", "/")
    parts = urlparse(nxt)
    if not parts.scheme and not parts.netloc and nxt.startswith("/") and "\\" not in nxt:
        return redirect(nxt)
    if parts.scheme == "https" and parts.hostname in ALLOWED:
        return redirect(nxt)
    abort(400)
