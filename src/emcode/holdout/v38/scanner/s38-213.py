import os
from urllib.parse import urlsplit

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/login/done")
def login_done():
    session["seen_welcome"] = True
    target = request.args.get("next") or "/dashboard"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/dashboard"
    return redirect(target)
