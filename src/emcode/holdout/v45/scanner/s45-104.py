import re

from flask import Flask, redirect, request, abort

app = Flask(__name__)

ALLOWED = "bookings.lockedroom.example"
host_re = re.compile(r"https?://" + ALLOWED)


@app.route("/after-payment")
def after_payment():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)
    if host_re.match(nxt):
        return redirect(nxt)
    abort(400)
