from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
TRUSTED = {"example.com", "www.example.com"}


@app.route("/go")
def go():
    target = request.args.get("url", "/")
    parts = urlparse(target)
    if parts.netloc and parts.hostname not in TRUSTED:
        abort(400)
    return redirect(target)
