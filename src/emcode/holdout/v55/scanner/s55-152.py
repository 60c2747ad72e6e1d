import re

from flask import Flask, request, redirect, abort

app = Flask(__name__)

TRUSTED = "tickets.islandferries.com"
host_re = re.compile(r"https?://" + TRUSTED)


@app.route("/after-payment")
def after_payment():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)
    if host_re.match(nxt):
        return redirect(nxt)
    abort(400)
