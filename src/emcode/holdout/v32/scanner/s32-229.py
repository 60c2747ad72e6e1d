import re
from urllib.parse import urlparse

from flask import Flask, request, redirect, abort

app = Flask(__name__)

TRUSTED_DOMAIN = "partners.skyrewards.com"
TRUSTED_HOST = re.compile(r"(?:[a-z0-9-]+\.)*" + re.escape(TRUSTED_DOMAIN))


@app.route("/go")
def go():
    target = request.args.get("url", "")
    parts = urlparse(target)
    if parts.scheme != "https" or not TRUSTED_HOST.fullmatch(parts.hostname or ""):
        abort(400)
    return redirect(target)
