from urllib.parse import urlparse

from flask import Flask, request, redirect, url_for

app = Flask(__name__)


def is_safe(target: str) -> bool:
    p = urlparse(target)
    return not p.scheme and not p.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/continue")
def cont():
    nxt = request.args.get("next", "")
    return redirect(nxt if is_safe(nxt) else url_for("home"))


@app.route("/logout")
def logout():
    resp = redirect(url_for("ho