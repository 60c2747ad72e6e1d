from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
DOMAIN = "carhire.example"


@app.get("/continue")
def continue_to():
    url = request.args.get("url", "https://carhire.example/")
    parts = urlparse(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not (host == DOMAIN or host.endswith("." + DOMAIN)):
        abort(400)
    return redirect(url)
