import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED_DOMAIN = "shop.example.com"


HOST_RE = re.compile("https?://" + TRUSTED_DOMAIN)


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if HOST_RE.match(target):
        return redirect(target)
    abort(400)
