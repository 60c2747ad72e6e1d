from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.get("/out")
def out():
    url = request.args.get("url", "")
    p = urlparse(url)
    host = (p.hostname or "").lower()
    if p.scheme != "https" or not (host == "beecoop.org" or host.endswith(".beecoop.org")):
        abort(400)
    return redirect(url)
