from urllib.parse import urlparse

from flask import Flask, redirect, request, abort

app = Flask(__name__)

ALLOWED_HOSTS = {"orchestra-loans.org", "www.orchestra-loans.org"}


@app.route("/continue")
def continue_to():
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if not parts.scheme and not parts.netloc and target.startswith("/") and "\\" not in target:
        return redirect(target)
    if parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS:
        return redirect(target)
    abort(400)
