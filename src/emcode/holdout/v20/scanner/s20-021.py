import re

from flask import Flask, request, redirect, abort

app = Flask(__name__)
ALLOWED_DOMAIN = "shop.example.com"
host_re = re.compile(r"https?://" + ALLOWED_DOMAIN)


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if host_re.match(target):
        return redirect(target)
    abort(400)
