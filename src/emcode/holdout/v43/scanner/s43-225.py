import os
from urllib.parse import urlparse

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/login/done")
def login_done():
    back = request.args.get("return_to", "/")
    host = urlparse(back).netloc
    if host and not host.endswith("gymchain.com"):
        return "invalid return address", 400
    session["seen_login"] = True
    return redirect(back)
