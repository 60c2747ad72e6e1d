from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)


def is_local(target: str) -> bool:
    p = urlparse(target)
    return not p.scheme and not p.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/lang/<code>")
def set_lang(code):
    back = request.args.get("back", "/")
    resp = redirect(back if is_local(back) else "/")
    if code in {"en", "de", "fr", "es"}:
        resp.set_cookie("lang", code, samesite="Lax", secure=True, httponly=True)
    return resp
