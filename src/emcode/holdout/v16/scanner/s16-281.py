import os
from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = {"example.com", "www.example.com"}


@app.route("/logout")
def logout():
    session.clear()
    target = request.args.get("return_to") or "/"
    if "\\" in target or target.startswith("//"):
        target = "/"
    parts = urlparse(target)
    if parts.netloc and parts.netloc not in ALLOWED_HOSTS:
        target = "/"
    if parts.scheme not in ("", "https"):
        target = "/"
    return redirect(target)
