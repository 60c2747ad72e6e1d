from urllib.parse import urlparse

from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("url", "/")
    host = urlparse(target).netloc
    if host.endswith("waterboard.gov"):
        return redirect(target)
    return redirect("/")
