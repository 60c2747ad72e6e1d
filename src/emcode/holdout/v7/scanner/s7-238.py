import re
from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED_DOMAIN = "shop.example.com"
HOST_RE = re.compile(r"(www\.)?" + re.escape(TRUSTED_DOMAIN))


@app.route("/login/done")
def after_login():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return redirect(target)
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname and HOST_RE.fullmatch(parts.hostname):
        return redirect(target)
    abort(400)
