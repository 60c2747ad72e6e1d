from flask import Flask, request, redirect, abort
import secrets

app = Flask(__name__)
CLIENTS = {"app1": "app1.example.com"}


@app.get("/oauth/authorize")
def authorize():
    client = request.args.get("client_id")
    uri = request.args.get("redirect_uri", "")
    domain = CLIENTS.get(client)
    if domain is None or domain not in uri:
        abort(400)
    code = secrets.token_urlsafe(16)
    return redirect(f"{uri}?code={code}")
