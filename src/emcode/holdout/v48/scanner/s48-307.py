from urllib.parse import urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


def _local(target):
    p = urlparse(target)
    return not p.scheme and not p.netloc and target.startswith("/") and not target.startswith("//")


@app.get("/lessons/go")
def go():
    target = request.args.get("next", "")
    if not _local(target) or "\\" in target:
        target = url_for("index")
    return redirect(target)


@app.get("/")
def index():
    return "Tutoring home"
