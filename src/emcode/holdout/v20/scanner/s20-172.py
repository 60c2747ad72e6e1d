from urllib.parse import urlparse

from flask import Flask, request, redirect, session

app = Flask(__name__)


def safe_next(url):
    if not url:
        return "/"
    parts = urlparse(url)
    if parts.scheme or parts.netloc or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/"
    return url


@app.route("/oauth/callback")
def callback():
    session["oauth_code"] = request.args.get("code")
    return redirect(safe_next(session.pop("next", None)))
