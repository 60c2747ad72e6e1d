import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def is_local(target: str) -> bool:
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/oauth/callback")
def callback():
    if "user" not in session:
        return redirect("/login")
    return_to = request.args.get("return_to", "/")
    return redirect(return_to if is_local(return_to) else "/")
