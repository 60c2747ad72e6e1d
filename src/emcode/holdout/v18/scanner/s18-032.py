import re
from urllib.parse import urlparse

from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED_DOMAIN = "accounts.example.com"
host_re = re.compile(re.escape(TRUSTED_DOMAIN))


@app.route("/sso/return")
def sso_return():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if (not parts.scheme and not parts.netloc and target.startswith("/")
            and not target.startswith("//") and "\\" not in target):
        return redirect(target)
    if parts.scheme == "https" and host_re.fullmatch(parts.hostname or ""):
        return redirect(target)
    abort(400)
