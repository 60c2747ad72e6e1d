import re
from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED = "passes.snowpeak.com"
HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)?" + re.escape(ALLOWED))


@app.route("/continue")
def cont():
    nxt = request.args.get("next", "/")
    if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt:
        return redirect(nxt)
    parts = urlsplit(nxt)
    if parts.scheme == "https" and parts.hostname and HOST_RE.fullmatch(parts.hostname):
        return redirect(nxt)
    abort(400)
