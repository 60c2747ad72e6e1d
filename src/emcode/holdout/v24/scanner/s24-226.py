import os
from urllib.parse import urlsplit
from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
APP_HOST = "tickets.example.com"


def safe_next(url: str) -> bool:
    parts = urlsplit(url)
    if not parts.scheme and not parts.netloc:
        return url.startswith("/") and not url.startswith("//")
    return parts.scheme == "https" and parts.hostname == APP_HOST


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    nxt = request.form.get("next", "/")
    return redirect(nxt if safe_next(nxt) else "/")
