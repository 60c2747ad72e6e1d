import re
from urllib.parse import urlparse

from flask import Flask, redirect, request, abort

app = Flask(__name__)
ALLOWED_DOMAIN = "couriers.example.com"
host_pattern = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(ALLOWED_DOMAIN))


@app.route("/login/done")
def done():
    nxt = request.args.get("next", "/")
    parts = urlparse(nxt)
    if parts.scheme not in ("", "https") or (parts.netloc and not host_pattern.fullmatch(parts.netloc.lower())):
        abort(400)
    if "\\" in nxt or nxt.startswith("//") or (not parts.netloc and not nxt.startswith("/")):
        abort(400)
    return redirect(nxt)
