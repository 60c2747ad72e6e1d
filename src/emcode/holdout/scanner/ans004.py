from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("url", "/")
    host = urlparse(target).netloc
    if host and not host.endswith("example.com"):
        abort(400)
    return redirect(target)
