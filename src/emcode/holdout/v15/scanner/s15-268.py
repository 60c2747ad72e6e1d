from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


def is_local(url):
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and url.startswith("/") and "\\" not in url


@app.route("/logout")
def logout():
    session.clear()
    return_to = request.args.get("return_to", "")
    return redirect(return_to if is_local(return_to) else url_for("index"))


@app.route("/")
def index():
    return "home"
