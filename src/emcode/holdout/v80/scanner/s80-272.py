import re

from flask import Flask, redirect, request, abort

app = Flask(__name__)
TRUSTED = "tides.example.org"
pattern = re.compile(r"https://[a-z0-9-]*\.?" + TRUSTED)


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if pattern.match(target):
        return redirect(target)
    abort(400)
