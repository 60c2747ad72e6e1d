import secrets
from flask import Flask, request, redirect, abort
from urllib.parse import urlencode

app = Flask(__name__)

CLIENTS = {"dash": {"redirect_uris": {"https://app.example.com/callback"}}}
CODES: dict[str, str] = {}


@app.get("/oauth/authorize")
def authorize():
    client_id = request.args.get("client_id", "")
    client = CLIENTS.get(client_id)
    redirect_uri = request.args.get("redirect_uri", "")
    if client is None or redirect_uri not in client["redirect_uris"]:
        abort(400)
    code = secrets.token_urlsafe(24)
    CODES[code] = client_id
    return redirect(redirect_uri + "?" + urlencode({"code": code}))
