import re
from urllib.parse import urlparse

from flask import Flask, request, redirect, abort

app = Flask(__name__)
ALLOWED_DOMAIN = "shop.example.com"
host_re = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape(ALLOWED_DOMAIN))


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return redirect(target)
    parts = urlparse(target)
    if parts.scheme in ("http", "https") and parts.hostname and host_re.fullmatch(parts.hostname):
        return redirect(target)
    abort(400)
