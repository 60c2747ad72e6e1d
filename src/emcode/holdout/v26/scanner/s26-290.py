import re
from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED = "opendata.city.gov"
HOST_RE = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(TRUSTED))


@app.route("/go")
def go():
    target = request.args.get("to", "")
    parts = urlparse(target)
    if parts.scheme in ("http", "https") and parts.hostname and HOST_RE.fullmatch(parts.hostname):
        return redirect(target)
    abort(400)
