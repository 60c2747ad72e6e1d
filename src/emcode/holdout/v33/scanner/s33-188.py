import re
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)

ALLOWED_DOMAIN = "shop.weddingplanner.com"
host_re = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape(ALLOWED_DOMAIN))


@app.route("/login/done")
def login_done():
    nxt = request.args.get("next", "/")
    parts = urlparse(nxt)
    if parts.scheme in ("http", "https") and parts.hostname and host_re.fullmatch(parts.hostname):
        return redirect(nxt)
    if not parts.scheme and not parts.netloc and nxt.startswith("/") and "\\" not in nxt:
        return redirect(nxt)
    return redirect("/")
