from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)

ALLOWED_HOSTS = {"shop.example.com", "account.example.com"}


@app.route("/login/done")
def login_done():
    nxt = request.args.get("next", "/")
    parts = urlparse(nxt)
    if parts.scheme in ("https",) and parts.hostname in ALLOWED_HOSTS:
        return redirect(nxt)
    if not parts.scheme and not parts.netloc and nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)
    return redirect("/")
