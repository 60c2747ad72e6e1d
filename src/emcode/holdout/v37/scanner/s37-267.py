from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("url", "/")
    if urlparse(target).netloc.endswith("acme-insure.com"):
        return redirect(target)
    return redirect("/")
