from urllib.parse import urlparse
from flask import Flask, request, redirect, abort

app = Flask(__name__)
DOMAIN = "example.com"


@app.route("/go")
def go():
    dest = request.args.get("u", "")
    parts = urlparse(dest)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and (host == DOMAIN or host.endswith("." + DOMAIN)):
        return redirect(dest)
    abort(400)
