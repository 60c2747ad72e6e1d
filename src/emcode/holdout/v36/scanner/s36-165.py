from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
DOMAIN = "harbourline.com"


@app.get("/go")
def go():
    url = request.args.get("url", "")
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == DOMAIN or host.endswith("." + DOMAIN)):
        abort(400)
    return redirect(url)
