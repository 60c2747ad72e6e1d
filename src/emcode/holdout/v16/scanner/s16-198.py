import re
from flask import Flask, request, redirect, abort
import secrets

app = Flask(__name__)

CLIENTS = {"dash": {"domain": "app.example.com"}, "cli": {"domain": "localhost"}}
CODES = {}


@app.get("/oauth/authorize")
def authorize():
    client = CLIENTS.get(request.args.get("client_id", ""))
    if client is None:
        abort(400)
    redirect_uri = request.args.get("redirect_uri", "")
    allowed = re.compile("https://" + client["domain"])
    if not allowed.match(redirect_uri):
        abort(400)
    code = secrets.token_urlsafe(24)
    CODES[code] = request.args.get("client_id")
    return redirect(f"{redirect_uri}?code={code}")
