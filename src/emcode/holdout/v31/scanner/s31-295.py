import re

from flask import Flask, redirect, request, abort

app = Flask(__name__)

ALLOWED_DOMAIN = "tickets.example.com"
host_pattern = re.compile(r"https?://" + ALLOWED_DOMAIN)


@app.route("/after-checkout")
def after_checkout():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if host_pattern.match(target):
        return redirect(target)
    abort(400)
