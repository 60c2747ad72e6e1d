from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)
ALLOWED_HOSTS = {"", "app.example.org", "docs.example.org"}


def safe_target(raw):
    if not raw:
        return url_for("index")
    if "\\" in raw or any(ord(c) < 32 for c in raw):
        return url_for("index")
    parts = urlparse(raw)
    if parts.scheme not in ("", "https") or parts.netloc not in ALLOWED_HOSTS:
        return url_for("index")
    if not parts.netloc and not raw.startswith("/") or raw.startswith("//"):
        return url_for("index")
    return raw


@app.route("/continue")
def continue_to():
    return redirect(safe_target(request.args.get("next")))
