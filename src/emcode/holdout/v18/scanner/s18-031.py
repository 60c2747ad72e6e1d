import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED_DOMAIN = "accounts.example.com"
host_re = re.compile(r"https?://" + TRUSTED_DOMAIN)


@app.route("/sso/return")
def sso_return():
    target = request.args.get("next", "/")
    if host_re.match(target) or target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    abort(400)
