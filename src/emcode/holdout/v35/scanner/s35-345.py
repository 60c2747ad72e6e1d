from urllib.parse import urlsplit

from flask import Flask, redirect, request

app = Flask(__name__)
ALLOWED = {"newsletterhub.example", "www.newsletterhub.example"}


@app.get("/out")
def out():
    target = request.args.get("url", "/")
    parts = urlsplit(target)
    if parts.netloc:
        ok = parts.scheme in ("http", "https") and parts.hostname in ALLOWED
    else:
        ok = not parts.scheme and target.startswith("/") and not target.startswith("//")
    if "\\" in target or not ok:
        target = "/"
    return redirect(tar