from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.get("/go")
def go():
    url = request.args.get("url", "")
    host = urlparse(url).hostname or ""
    if not host.endswith("harbourline.com"):
        abort(400)
    return redirect(url)
