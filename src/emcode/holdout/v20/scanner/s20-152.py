from urllib.parse import urlparse

from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/sso/return")
def sso_return():
    target = request.args.get("return_to", "/")
    netloc = urlparse(target).netloc
    if netloc and not netloc.endswith("example.org"):
        target = "/"
    return redirect(target)
