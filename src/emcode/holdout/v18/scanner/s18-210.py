from flask import Flask, request, redirect, abort
import secrets

app = Flask(__name__)
CLIENTS = {"mobile": {"https://app.example.com/oauth/cb"}, "web": {"https://www.example.com/cb"}}
CODES = {}


@app.route("/oauth/authorize")
def authorize():
    client = request.args.get("client_id", "")
    uri = request.args.get("redirect_uri", "")
    if uri not in CLIENTS.get(client, set()):
        abort(400)
    code = secrets.token_urlsafe(24)
    CODES[code] = client
    return redirect(uri + "?code=" + code)
