import re
from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED = "partners.ferrylines.com"
HOST_RE = re.compile(TRUSTED)


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    host = urlparse(target).netloc
    if host and not HOST_RE.match(host):
        abort(400)
    return redirect(target)
