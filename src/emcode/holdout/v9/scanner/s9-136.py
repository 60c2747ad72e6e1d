from flask import Flask, request, redirect, abort
from urllib.parse import urlencode
import secrets

app = Flask(__name__)
CLIENTS = {"app1": {"https://app1.example.com/callback"}}


@app.get("/oauth/authorize")
def authorize():
    uris = CLIENTS.get(request.args.get("client_id", ""))
    uri = request.args.get("redirect_uri", "")
    if uris is None or uri not in uris:
        abort(400)
    return redirect(uri + "?" + urlencode({"code": secrets.token_urlsafe(16)}))
