import re
from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED_DOMAIN = "shop.example.com"
HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape(TRUSTED_DOMAIN))


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return redirect(target)
    parts = urlparse(target)
    if parts.scheme == "https" and HOST_RE.fullmatch(parts.hostname or ""):
        return redirect(target)
    abort(400)
