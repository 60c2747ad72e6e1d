import re

from flask import Flask, request, redirect, abort

app = Flask(__name__)

TRUSTED_DOMAIN = "partners.skyrewards.com"
TRUSTED = re.compile(r"https://" + TRUSTED_DOMAIN)


@app.route("/go")
def go():
    target = request.args.get("url", "")
    if not TRUSTED.match(target):
        abort(400)
    return redirect(target)
