from urllib.parse import urlparse

from flask import Flask, redirect, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/login/done")
def login_done():
    back = request.args.get("return_to", "/")
    p = urlparse(back)
    host = p.hostname or ""
    if p.scheme or p.netloc:
        ok = p.scheme == "https" and (host == "gymchain.com" or host.endswith(".gymchain.com"))
        if not ok:
            return "invalid return address", 400
    elif not back.startswith("/") or back.startswith("//") or "\\" in back:
        return "invalid return address", 400
    session["seen_login"] = True
    return redirect(back)
