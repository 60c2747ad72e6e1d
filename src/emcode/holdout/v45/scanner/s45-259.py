from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
HOSTS = {"hearwell.example", "portal.hearwell.example"}


@app.route("/sso/return")
def sso_return():
    target = request.args.get("to", "/")
    u = urlparse(target)
    if u.scheme == "https" and u.hostname in HOSTS:
        return redirect(target)
    return redirect("/")
