from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
PARTNER_HOSTS = {"shop.fundmyidea.example", "blog.fundmyidea.example"}


@app.get("/out")
def outbound():
    target = request.args.get("to", "")
    u = urlparse(target)
    if u.scheme in ("http", "https") and u.hostname in PARTNER_HOSTS:
        return redirect(target)
    return redirect("/")
