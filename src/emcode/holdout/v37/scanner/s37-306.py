from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
PARTNERS = {"acme-insure.com", "www.acme-insure.com", "claims.acme-insure.com"}


@app.route("/go")
def go():
    target = request.args.get("url", "/")
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname in PARTNERS:
        return redirect(target)
    return redirect("/")
