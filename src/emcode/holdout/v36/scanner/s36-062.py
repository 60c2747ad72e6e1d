import re
from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_DOMAIN = "portal.harbourline.com"
HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape(ALLOWED_DOMAIN))


@app.route("/sso/return")
def sso_return():
    target = request.args.get("next", "/")
    parts = urlsplit(target)
    if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if parts.scheme == "https" and parts.hostname and HOST_RE.fullmatch(parts.hostname):
        return redirect(target)
    abort(400)
