from flask import Flask, abort, redirect, request
import secrets

app = Flask(__name__)

CLIENTS = {
    "bracket-app": {"https://bracket.esportsleague.gg/callback"},
    "stream-overlay": {"https://overlay.esportsleague.gg/auth/done"},
}
CODES = {}


@app.get("/oauth/authorize")
def authorize():
    client_id = request.args.get("client_id", "")
    redirect_uri = request.args.get("redirect_uri", "")
    if redirect_uri not in CLIENTS.get(client_id, set()):
        abort(400)
    code = secrets.token_urlsafe(24)
    CODES[code] = client_id
    return redirect(f"{redirect_uri}?code={code}")
