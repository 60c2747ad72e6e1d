from urllib.parse import urlsplit

from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED_HOSTS = {"www.example.com", "help.example.com"}


def safe_target(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname in ALLOWED_HOSTS:
        return url
    if not parts.scheme and not parts.netloc and url.startswith("/") and not url.startswith(("//", "/\\")):
        return url
    return "/"


@app.route("/lang/<code>")
def set_language(code):
    resp = redirect(safe_target(request.args.get("back", "/")))
    resp.set_cookie("lang", code[:5], samesite="Lax", secure=True)
    return resp
