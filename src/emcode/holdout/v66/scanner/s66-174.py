from urllib.parse import urlparse

from flask import Flask, request, abort, redirect

app = Flask(__name__)
HOSTS = {"brightsmile.example", "www.brightsmile.example", "portal.brightsmile.example"}


@app.route("/go")
def go():
    target = request.args.get("url", "")
    parts = urlparse(target)
    if parts.scheme != "https" or parts.hostname not in HOSTS:
        abort(400)
    return redirect(target)
