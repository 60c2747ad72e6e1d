import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED_DOMAIN = "shop.example.com"
HOST_RE = re.compile(r"https?://(www\.)?" + TRUSTED_DOMAIN)


@app.route("/login/done")
def after_login():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if HOST_RE.match(target):
        return redirect(target)
    abort(400)
