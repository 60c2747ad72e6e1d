from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/logout")
def logout():
    session.clear()
    return redirect("/")


def is_local(target: str) -> bool:
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/switch-lang")
def switch_lang():
    lang = request.args.get("lang", "en")
    back = request.args.get("back", "/")
    if not is_loc