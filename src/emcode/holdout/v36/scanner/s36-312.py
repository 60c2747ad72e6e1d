import re

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_DOMAIN = "portal.harbourline.com"
HOST_RE = re.compile(r"https?://" + ALLOWED_DOMAIN)


@app.route("/sso/return")
def sso_return():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if HOST_RE.match(target):
        return redirect(target)
    abort(400)
