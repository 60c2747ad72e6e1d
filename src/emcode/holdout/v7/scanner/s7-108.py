from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/switch-lang")
def switch_lang():
    session["lang"] = request.args.get("lang", "en")
    nxt = request.args.get("next", "/")
    parts = urlparse(nxt)
    if parts.scheme or parts.netloc or not nxt.startswith("/"):
        nxt = "/"
    return redir