from urllib.parse import urlparse
import secrets

from flask import Flask, request, redirect, abort

app = Flask(__name__)
CLIENTS = {"mobile": "example.com", "web": "example.com"}
CODES = {}


@app.route("/oauth/authorize")
def authorize():
    client = request.args.get("client_id", "")
    uri = request.args.get("redirect_uri", "")
    domain = CLIENTS.get(client)
    if domain is None or not (urlparse(uri).hostname or "").endswith(domain):
        abort(400)
    code = secrets.token_urlsafe(24)
    CODES[code] = client
    return redirect(uri + "?code=" + code)
