from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
CALLBACK_HOSTS = {"app.carhire.example", "partners.carhire.example"}


@app.get("/oauth/authorize")
def authorize():
    cb = request.args.get("redirect_uri", "")
    parts = urlsplit(cb)
    if parts.scheme != "https" or parts.hostname not in CALLBACK_HOSTS or parts.port not in (None, 443):
        abort(400)
    return redirect(cb + ("&" if parts.query else "?") + "code=pending")
