from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.get("/out")
def out():
    url = request.args.get("url", "")
    if not urlparse(url).netloc.endswith("beecoop.org"):
        abort(400)
    return redirect(url)
