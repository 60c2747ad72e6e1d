from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)


@app.route("/sso/return")
def sso_return():
    dest = request.args.get("return_to", "/")
    host = urlparse(dest).netloc
    if host and not host.endswith("example.com"):
        abort(400)
    return redirect(dest)
