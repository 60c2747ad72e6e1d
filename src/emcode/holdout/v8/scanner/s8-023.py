import re

from flask import Flask, abort, redirect, request

app = Flask(__name__)
TRUSTED = "app.example.com"
HOST_RE = re.compile(r"https?://" + TRUSTED)


@app.route("/continue")
def go_on():
    target = request.args.get("next", "/")
    if HOST_RE.match(target) or target.startswith("/"):
        return redirect(target)
    abort(400)
