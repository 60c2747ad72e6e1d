import re

from flask import Flask, redirect, request, abort

app = Flask(__name__)

TRUSTED_DOMAIN = "bookings.seaside-hotels.com"
HOST_RE = re.compile(TRUSTED_DOMAIN)


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if HOST_RE.search(target):
        return redirect(target)
    abort(400)
