import re
from urllib.parse import urlsplit

from flask import Flask, redirect, request, abort

app = Flask(__name__)
TRUSTED = "tides.example.org"
host_re = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(TRUSTED))


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    parts = urlsplit(target)
    if not parts.scheme and not parts.netloc and target.startswith("/") and "\\" not in target:
        return redirect(target)
    if parts.scheme == "https" and parts.hostname and host_re.fullmatch(parts.hostname):
        return redirect(target)
    abort(400)
