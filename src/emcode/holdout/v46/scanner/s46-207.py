import re

from flask import Flask, redirect, request, abort

app = Flask(__name__)

TRUSTED = "orchestra-loans.org"
host_re = re.compile(r"https?://([a-z0-9-]+\.)*" + TRUSTED)


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if host_re.match(target):
        return redirect(target)
    abort(400)
