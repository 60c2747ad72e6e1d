import re
from urllib.parse import urlsplit

from flask import Flask, redirect, request, abort

app = Flask(__name__)

ALLOWED_DOMAIN = "tickets.example.com"
host_pattern = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(ALLOWED_DOMAIN))


@app.route("/after-checkout")
def after_checkout():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return redirect(target)
    parts = urlsplit(target)
    if parts.scheme == "https" and parts.hostname and host_pattern.fullmatch(parts.hostname):
        return redirect(target)
    abort(400)
