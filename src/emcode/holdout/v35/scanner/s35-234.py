from urllib.parse import urlsplit

from flask import Flask, redirect, request

app = Flask(__name__)


def local_path(target, default="/dashboard"):
    if not target or "\\" in target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target


@app.get("/trial/consent/done")
def consent_done():
    return redirect(local_path(request.args.get("return_to")))
