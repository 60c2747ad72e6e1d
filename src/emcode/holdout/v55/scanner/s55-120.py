from urllib.parse import urlparse

from flask import Flask, request, redirect

app = Flask(__name__)

ALLOWED_HOSTS = {"waterboard.gov", "www.waterboard.gov", "billing.waterboard.gov"}


@app.route("/go")
def go():
    target = request.args.get("url", "/")
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS:
        return redirect(target)
    return redirect("/")
